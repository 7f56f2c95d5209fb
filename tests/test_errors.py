"""The kit's errors: messages of problems, and operating-system errors as one line (issue 12, probe 9)."""

import errno

from lakip_lib.errors import os_error_line, printed_os_error


def test_an_os_error_names_the_path_and_what_to_do_for_writing_and_for_reading():
    busy = OSError(errno.EBUSY, "Device or resource busy", "/mnt/hasil/2024")
    assert os_error_line(busy) == ("/mnt/hasil/2024: Device or resource busy; it is in use (a mount point, or open in another "
                                   "program): close it, or give --out another folder")
    denied = PermissionError(errno.EACCES, "Permission denied", "/data/raw/2024/pegawai.xlsx")
    assert os_error_line(denied, reading=True) == ("/data/raw/2024/pegawai.xlsx: Permission denied; permission denied: "
                                                   "make it readable for the user running lakip")
    # a write() on a full disk names no file: the caller says which
    assert os_error_line(OSError(errno.ENOSPC, "No space left on device"), "/out/2024/notebooks/04-report.ipynb") == (
        "/out/2024/notebooks/04-report.ipynb: No space left on device; the disk is full: free space on it, "
        "or give --out a folder on another disk")


def test_an_os_error_printed_in_a_kernel_is_read_back():
    assert printed_os_error("PermissionError", "[Errno 13] Permission denied: '/out/x.csv'")
    assert not printed_os_error("OSError", "cannot write mode RGBA as JPEG")  # no number: the kit's own bug, not the disk
    assert os_error_line("[Errno 5] Input/output error: '/out/x.png'") == (
        "/out/x.png: Input/output error; the disk reported an input/output error: check the disk, then build again")
