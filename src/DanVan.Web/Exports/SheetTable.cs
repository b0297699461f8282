namespace DanVan.Web.Exports;

/// <summary>One sheet of an export: a header row and rows of typed cells, in the order they are added.</summary>
public sealed class SheetTable(string name, IReadOnlyList<string> headers)
{
    private readonly List<IReadOnlyList<SheetCell>> _rows = [];

    /// <summary>The name shown on the sheet's tab; <see cref="SpreadsheetWriter"/> makes it valid and unique.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<IReadOnlyList<SheetCell>> Rows => _rows;

    public SheetTable Add(params IReadOnlyList<SheetCell> cells)
    {
        _rows.Add(cells);
        return this;
    }
}
