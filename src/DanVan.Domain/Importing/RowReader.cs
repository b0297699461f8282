namespace DanVan.Domain.Importing;

/// <summary>One data row's cells by column name, cleaned (<see cref="ImportText.Clean"/>), adding a problem for every failed read.</summary>
internal sealed class RowReader(ImportSheetRow row, IReadOnlyList<string?> columns, List<ImportProblem> problems)
{
    private int _failures;

    public int Number => row.Number;

    public bool IsClean => _failures == 0;

    /// <summary>The cleaned cell of <paramref name="column"/>; a problem when required and blank, or longer than allowed.</summary>
    public string? Text(string column, int maxLength, bool required = true)
    {
        var index = IndexOf(column);
        var value = index >= 0 && index < row.Cells.Count ? ImportText.Clean(row.Cells[index]) : null;
        if (value is null)
        {
            return required ? Fail(column, ImportProblems.Required, null) : null;
        }

        return value.Length > maxLength ? Fail(column, ImportProblems.TooLong, value[..Math.Min(value.Length, 80)]) : value;
    }

    public string? Fail(string column, string code, string? value)
    {
        _failures++;
        problems.Add(new ImportProblem(row.Number, column, code, value));
        return null;
    }

    public T? Fail<T>(string column, string code, string? value)
        where T : struct
    {
        Fail(column, code, value);
        return null;
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}
