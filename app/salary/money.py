"""Money as `Decimal`: salaries are whole currency units per month, never binary floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

Amount = Decimal | int | float


def to_money(value: Amount | str) -> Decimal:
    """Convert what storage or a form gives us into a Decimal rounded to cents."""
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, float):
        d = Decimal(repr(value))
    else:
        d = Decimal(value)
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_money(value: Amount, signed: bool = False) -> str:
    """8000 -> '8,000'; 8000.5 -> '8,000.50'; signed: -1000 -> '−1,000', 500 -> '+500'."""
    d = to_money(value)
    text = f"{abs(d):,.0f}" if d == d.to_integral_value() else f"{abs(d):,.2f}"
    if d < 0:
        return "\u2212" + text
    return ("+" + text) if signed and d > 0 else text


def format_percent(value: Decimal | float, signed: bool = True) -> str:
    """-11.1 -> '−11 %' (whole percent, as the HR manager reads it)."""
    d = Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    if d == 0:
        d = Decimal(0)  # no "-0 %"
    if d < 0:
        return f"\u2212{abs(d)} %"
    return f"+{d} %" if signed and d > 0 else f"{d} %"
