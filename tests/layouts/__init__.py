"""The corpus of real layouts: one module per dataset and per held-out set, each with ``CASES``; :data:`CASES` is
all of them, in the order the README lists them."""

from layouts import (budget, eighteenth, eighth, eleventh, fifteenth, fifth, fiftieth, fiftyfirst, fortieth,
                     fortyeighth, fortyfirst, fortyfourth, fortyninth, fortysecond, fortyseventh, fortysixth,
                     fortythird, fourteenth, fourth, indicators, nineteenth, ninth, second, seventeenth, seventh,
                     sixteenth, sixth, staff, tenth, third, thirteenth, thirtieth, thirtyeighth, thirtyfifth,
                     thirtyfirst, thirtyfourth, thirtyninth, thirtysecond, thirtyseventh, thirtysixth, thirtythird,
                     twelfth, twentieth, twentyeighth, twentyfifth, twentyfirst, twentyfourth, twentyninth,
                     twentysecond, twentyseventh, twentysixth, twentythird)
from layouts.case import Layout

CASES: list[Layout] = [*staff.CASES, *indicators.CASES, *budget.CASES, *second.CASES, *third.CASES, *fourth.CASES,
                      *fifth.CASES, *sixth.CASES, *seventh.CASES, *eighth.CASES, *ninth.CASES, *tenth.CASES,
                      *eleventh.CASES, *twelfth.CASES, *thirteenth.CASES, *fourteenth.CASES, *fifteenth.CASES,
                      *sixteenth.CASES, *seventeenth.CASES, *eighteenth.CASES, *nineteenth.CASES, *twentieth.CASES,
                      *twentyfirst.CASES, *twentysecond.CASES, *twentythird.CASES, *twentyfourth.CASES,
                      *twentyfifth.CASES, *twentysixth.CASES, *twentyseventh.CASES, *twentyeighth.CASES,
                      *twentyninth.CASES, *thirtieth.CASES, *thirtyfirst.CASES, *thirtysecond.CASES, *thirtythird.CASES,
                      *thirtyfourth.CASES, *thirtyfifth.CASES, *thirtysixth.CASES, *thirtyseventh.CASES,
                      *thirtyeighth.CASES, *thirtyninth.CASES, *fortieth.CASES, *fortyfirst.CASES, *fortysecond.CASES,
                      *fortythird.CASES, *fortyfourth.CASES, *fortysixth.CASES, *fortyseventh.CASES, *fortyeighth.CASES,
                      *fortyninth.CASES, *fiftieth.CASES, *fiftyfirst.CASES]
