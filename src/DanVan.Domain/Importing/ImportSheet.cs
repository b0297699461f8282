namespace DanVan.Domain.Importing;

/// <summary>A file as read: its header row and its data rows, each with its row number in the file (the header is row 1).</summary>
public sealed record ImportSheet(IReadOnlyList<string> Headers, IReadOnlyList<ImportSheetRow> Rows)
{
    /// <summary>The most data rows one file may have.</summary>
    public const int MaxRows = 5000;
}

public sealed record ImportSheetRow(int Number, IReadOnlyList<string?> Cells);
