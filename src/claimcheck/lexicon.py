"""Word tables for news text: number words, scales, hedges, units, currencies, months and weekdays.

Data only; the patterns that use these tables live in patterns.py.
"""

from __future__ import annotations

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 1_000_000,
    "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "lakh crore": 1_000_000_000_000, "lakh crores": 1_000_000_000_000, "thousand crore": 10_000_000_000,
}  # fmt: skip
# Abbreviated scales written after digits ("2.5bn", "Rs 45 cr"); m/k/b only after a currency.
SHORT_SCALES = {"bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "cr": 1e7, "k": 1e3, "m": 1e6, "b": 1e9}
CURRENCY_ONLY_SCALES = {"k", "m", "b"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
FRACTIONS = {
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "fifth": 0.2,
    "tenth": 0.1,
    "two-thirds": 2 / 3,
    "three-quarters": 0.75,
    "three-fourths": 0.75,
    "one-third": 1 / 3,
    "one-fourth": 0.25,
}
MULTIPLIER_VERBS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5}

# Vague amounts as an inclusive interval of counts; "two months" is "several months".
FUZZY_AMOUNTS = {
    "several": (2, 10), "a few": (2, 6), "a couple of": (2, 3), "dozens of": (24, 199), "scores of": (40, 199),
    "hundreds of": (200, 1999), "thousands of": (2000, 19999), "tens of thousands of": (20000, 199999),
    "hundreds of thousands of": (200000, 1999999), "millions of": (2e6, 2e7), "billions of": (2e9, 2e10),
}  # fmt: skip

# Hedge words before a number and the bound they put on it.
HEDGES = {
    "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt", "exceeding": "gt",
    "just over": "gt", "well over": "gt", "just above": "gt", "well above": "gt", "nearly": "approx_below",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "a minimum of": "ge", "not less than": "ge",
    "up to": "le", "at most": "le", "no more than": "le", "a maximum of": "le", "not more than": "le",
    "as many as": "le", "as much as": "le", "as high as": "le",
    "under": "lt", "less than": "lt", "below": "lt", "fewer than": "lt", "just under": "lt", "just below": "lt",
    "almost": "approx_below", "close to": "approx_below", "approaching": "approx_below",
    "around": "approx", "about": "approx", "roughly": "approx", "approximately": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "approx.": "approx", "approx": "approx", "circa": "approx",
    "nearly about": "approx", "~": "approx", "only": "exact", "just": "exact", "exactly": "exact",
}  # fmt: skip
TRAILING_HEDGES = {
    "or more": "ge",
    "or over": "ge",
    "plus": "ge",
    "+": "ge",
    "odd": "approx",
    "or so": "approx",
}

# Surface form -> ISO 4217 code; pint gets one dimension per currency (no exchange rates).
CURRENCY_SYMBOLS = {
    "US$": "USD", "USD": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "€": "EUR",
    "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₩": "KRW",
    "₽": "RUB", "Tk": "BDT", "AED": "AED", "SAR": "SAR", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD", "PKR": "PKR",
    "₦": "NGN", "R": "ZAR", "C $": "CAD", "HK $": "HKD", "US $": "USD", "NZ $": "NZD",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "rupees": "INR", "rupee": "INR", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW",
    "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "taka": "BDT", "dirhams": "AED",
    "riyals": "SAR", "francs": "CHF", "naira": "NGN", "rand": "ZAR", "pesos": "MXN", "lira": "TRY",
    "USD": "USD", "INR": "INR", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "AUD": "AUD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD", "us dollars": "USD",
    "singapore dollars": "SGD", "new zealand dollars": "NZD", "swiss francs": "CHF", "japanese yen": "JPY",
    "chinese yuan": "CNY", "indian rupees": "INR", "pakistani rupees": "PKR", "cents": "USD_cent",
    "cent": "USD_cent", "pence": "GBP_penny", "penny": "GBP_penny", "pennies": "GBP_penny",
    "paise": "INR_paisa", "paisa": "INR_paisa",
}  # fmt: skip
CURRENCY_CODES = sorted(
    code for code in set(CURRENCY_SYMBOLS.values()) | set(CURRENCY_WORDS.values()) | {"MXN", "TRY"} if len(code) == 3
)

TIME_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute", "hour": "hour", "hours": "hour", "hr": "hour",
    "hrs": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
    "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century",
}  # fmt: skip

# Surface form -> pint unit name. Case matters for symbols (MW vs mW); words are matched lower-case.
UNIT_WORDS = {
    "per cent": "percent", "percent": "percent", "per-cent": "percent", "pc": "percent", "pct": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point", "basis points": "basis_point",
    "basis point": "basis_point", "bps": "basis_point",
    "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton", "ton": "metric_ton",
    "metric tons": "metric_ton", "metric tonnes": "metric_ton", "kilograms": "kilogram", "kilogram": "kilogram",
    "kilos": "kilogram", "kilo": "kilogram", "grams": "gram", "gram": "gram", "milligrams": "milligram",
    "quintals": "quintal", "quintal": "quintal", "ounces": "ounce", "ounce": "ounce", "carats": "carat",
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer", "kilometer": "kilometer",
    "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter", "centimetres": "centimeter",
    "centimeters": "centimeter", "millimetres": "millimeter", "millimeters": "millimeter", "miles": "mile",
    "mile": "mile", "nautical miles": "nautical_mile", "feet": "foot", "foot": "foot", "inches": "inch",
    "inch": "inch", "yards": "yard", "yard": "yard", "light years": "light_year",
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2", "square km": "kilometer ** 2",
    "sq km": "kilometer ** 2", "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "sq m": "meter ** 2",
    "square feet": "foot ** 2", "sq ft": "foot ** 2", "hectares": "hectare", "hectare": "hectare",
    "acres": "acre", "acre": "acre",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "millilitres": "milliliter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "cubic feet": "foot ** 3",
    "megawatts": "megawatt", "megawatt": "megawatt", "gigawatts": "gigawatt", "gigawatt": "gigawatt",
    "kilowatts": "kilowatt", "kilowatt": "kilowatt", "watts": "watt", "watt": "watt",
    "horsepower": "horsepower", "joules": "joule", "calories": "calorie", "kilocalories": "kilocalorie",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "miles per hour": "mile / hour", "knots": "knot",
    "degrees celsius": "degC", "degrees centigrade": "degC", "degree celsius": "degC", "degrees fahrenheit": "degF",
    "degree fahrenheit": "degF", "degrees c": "degC", "degrees f": "degF", "celsius": "degC",
    "fahrenheit": "degF", "farenheit": "degF", "degrees farenheit": "degF", "celcius": "degC",
    "centigrade": "degC", "deg celsius": "degC", "deg c": "degC", "deg f": "degF", "degrees": "degree",
    "degree": "degree", "deg": "degree", "hertz": "hertz", "gigabytes": "gigabyte", "megabytes": "megabyte",
    "terabytes": "terabyte", "cusecs": "cusec", "cusec": "cusec",
}  # fmt: skip
UNIT_SYMBOLS = {
    "%": "percent", "pp": "percentage_point", "ppt": "percentage_point", "bp": "basis_point",
    "t": "metric_ton", "kg": "kilogram", "kgs": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound",
    "lbs": "pound", "oz": "ounce", "mt": "megametric_ton", "MT": "megametric_ton", "MMT": "megametric_ton",
    "km": "kilometer", "kms": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mi": "mile",
    "ft": "foot", "km2": "kilometer ** 2", "km²": "kilometer ** 2", "m2": "meter ** 2", "m²": "meter ** 2",
    "ha": "hectare", "l": "liter", "L": "liter", "ml": "milliliter", "mL": "milliliter", "bbl": "oil_barrel",
    "bcm": "gigameter_cubed", "m3": "meter ** 3", "m³": "meter ** 3",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt", "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "hp": "horsepower",
    "bhp": "horsepower", "kcal": "kilocalorie", "km/h": "kilometer / hour", "kmph": "kilometer / hour",
    "kph": "kilometer / hour", "mph": "mile / hour", "m/s": "meter / second", "°C": "degC", "ºC": "degC",
    "°F": "degF", "ºF": "degF", "C": "degC", "F": "degF", "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz",
    "GHz": "gigahertz", "Mbps": "megabit / second", "Gbps": "gigabit / second", "kbps": "kilobit / second",
    "mAh": "milliampere_hour", "GB": "gigabyte", "MB": "megabyte", "TB": "terabyte", "kb": "kilobyte",
}  # fmt: skip
# Symbols that only count as units when written right after the digits ("40C", "100m").
GLUED_ONLY_SYMBOLS = {"t", "m", "l", "L", "C", "F", "W", "ha"}

# Words for 'pound' decide between money and mass by what surrounds them.
POUND_WORDS = ("pounds", "pound")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

# Capitalised words after which a number is a name, not an amount ("Article 370", "Flight 302").
IDENTIFIER_HEADS = {
    "Article", "Section", "Clause", "Rule", "Chapter", "Flight", "Route", "Highway", "Room", "Gate", "Platform",
    "Page", "Volume", "Vol", "Act", "Resolution", "No", "No.", "Number", "Phase", "Stage", "Grade", "Class",
    "Tier", "Season", "Episode", "Part", "Schedule", "Item", "Apollo", "Windows", "iPhone", "Galaxy", "Pixel",
    "Boeing", "Airbus", "Model", "Version", "Ward", "Sector", "Block", "Lane", "Road", "Street", "Plot",
    "S&P", "Nifty", "Sensex",
    "Exit", "Terminal", "Pier", "Bay", "Unit", "Level", "Division", "Battalion", "Regiment", "Brigade",
    "Corps", "Fleet", "Squadron", "Mark", "Mk", "Type", "Series", "Cup", "Formula", "Ligue", "Serie",
    "Bundesliga", "Vision", "Agenda", "Horizon", "Industry", "Web", "Gen", "Covid", "COVID", "Category",
    "Cat", "Pillar", "Paragraph", "Para", "Annex", "Appendix", "Amendment", "Bill", "Case", "Order",
}  # fmt: skip

# Words that end a counted noun phrase ("30 applications from India").
FUNCTION_WORDS = frozenset(
    """a an the of from in on at to for by with and or but nor so yet as than that which who whom whose
    were was is are be been being have has had will would could should may might can must shall do does did
    said says say this these those its their his her our your my it they them he she we you i not no per
    each every into onto over under about around after before since until while when where during against
    between among through across also only just still even more most less least very too much many such
    out up down off own same other another than then there here what how why all both either neither
    ago later earlier",
    """.split()
)
IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
    "staff": "staff", "personnel": "personnel", "cattle": "cattle", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "data": "data", "media": "media", "crew": "crew", "sheep": "sheep",
    "deer": "deer", "fish": "fish", "aircraft": "aircraft", "troops": "troop", "species": "species",
    "series": "series", "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
    "crises": "crisis", "analyses": "analysis", "theses": "thesis", "diagnoses": "diagnosis",
    "hypotheses": "hypothesis", "oases": "oasis", "axes": "axis", "indices": "index", "matrices": "matrix",
}  # fmt: skip
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics", "ness", "less")
