using Microsoft.Extensions.Localization;

namespace DanVan.Web.Exports;

/// <summary>What a spreadsheet cell holds, which decides how <see cref="SpreadsheetWriter"/> writes and formats it.</summary>
public enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Percent,
    Date,
    DateTime,
}

/// <summary>A cell's background, from a small palette; a fill always comes with text that says the same (colour is never the only carrier).</summary>
public enum SheetFill
{
    None,
    Green,
    PaleGreen,
    Blue,
    Yellow,
    Red,
    Grey,
}

/// <summary>
/// A typed spreadsheet cell: text is always written as text (never as a formula), numbers as numbers, a percentage as
/// its rate (0.625 shown as 62.5%), dates and times as real date serial numbers. A missing number or rate (null) is an
/// empty cell, never 0.
/// </summary>
public readonly record struct SheetCell(SheetCellKind Kind, string? Text = null, double Number = 0, SheetFill Fill = SheetFill.None)
{
    public static SheetCell Empty => default;

    /// <summary>Short text on a coloured background, centred and bordered (a matrix cell, a legend's sample).</summary>
    public static SheetCell Marked(string text, SheetFill fill) => new(SheetCellKind.Text, text, Fill: fill);

    public static SheetCell Of(string? text) => text is null ? Empty : new(SheetCellKind.Text, text);

    /// <summary>A number; an empty cell when it is missing.</summary>
    public static SheetCell Of(double? number) => number is { } n ? new(SheetCellKind.Number, Number: n) : Empty;

    /// <summary>A rate between 0 and 1, shown as a percentage with one decimal; an empty cell when it is missing (0 out of 0).</summary>
    public static SheetCell Rate(double? rate) => rate is { } r ? new(SheetCellKind.Percent, Number: r) : Empty;

    public static SheetCell Of(DateOnly day) => new(SheetCellKind.Date, Number: day.DayNumber - Epoch.DayNumber);

    /// <summary>A local (Hanoi) date and time, to the minute.</summary>
    public static SheetCell Of(DateTime local) =>
        new(SheetCellKind.DateTime, Number: (local - Epoch.ToDateTime(TimeOnly.MinValue)).TotalDays);

    public static implicit operator SheetCell(string? text) => Of(text);

    public static implicit operator SheetCell(LocalizedString text) => Of(text.Value);

    public static implicit operator SheetCell(int number) => Of(number);

    public static implicit operator SheetCell(double number) => Of(number);

    public static implicit operator SheetCell(DateOnly day) => Of(day);

    /// <summary>Day 0 of spreadsheet date serial numbers (1900 date system, as Excel and LibreOffice count).</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);
}
