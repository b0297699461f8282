namespace DanVan.Web.Exports;

/// <summary>
/// One sheet of an export: optional title lines above the table (what it shows, for which directive, period and unit,
/// exported when), a header row and rows of typed cells in the order they are added, and optional note rows below the
/// table after a blank row (a legend).
/// </summary>
public sealed class SheetTable(string name, IReadOnlyList<string> headers)
{
    private readonly List<IReadOnlyList<SheetCell>> _rows = [];
    private readonly List<IReadOnlyList<SheetCell>> _notes = [];

    /// <summary>The name shown on the sheet's tab; <see cref="SpreadsheetWriter"/> makes it valid and unique.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<IReadOnlyList<SheetCell>> Rows => _rows;

    /// <summary>Lines above the table, the first in bold; with none the header is the first row.</summary>
    public IReadOnlyList<string> Titles { get; private set; } = [];

    /// <summary>Rows below the table, outside its filter: a legend of the fills used in it.</summary>
    public IReadOnlyList<IReadOnlyList<SheetCell>> Notes => _notes;

    public SheetTable Add(params IReadOnlyList<SheetCell> cells)
    {
        _rows.Add(cells);
        return this;
    }

    public SheetTable WithTitles(IReadOnlyList<string> titles)
    {
        Titles = titles;
        return this;
    }

    public SheetTable Note(params IReadOnlyList<SheetCell> cells)
    {
        _notes.Add(cells);
        return this;
    }
}
