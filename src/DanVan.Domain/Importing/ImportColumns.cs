namespace DanVan.Domain.Importing;

/// <summary>A column of an import file: its name in the template, whether a row needs it, and the Vietnamese header also accepted.</summary>
public sealed record ImportColumn(string Name, bool Required, string VietnameseHeader);

/// <summary>The columns of each kind of file, in template order. Headers match through <see cref="ImportText.HeaderKey"/>.</summary>
public static class ImportColumns
{
    public const string Email = "email";
    public const string FullName = "full_name";
    public const string Role = "role";
    public const string AgencyCode = "agency_code";
    public const string Code = "code";
    public const string Name = "name";
    public const string Level = "level";
    public const string ParentCode = "parent_code";
    public const string EffectiveDate = "effective_date";
    public const string Kind = "kind";
    public const string UnitCode = "unit_code";
    public const string HeadName = "head_name";

    private static readonly ImportColumn[] UserColumns =
    [
        new(Email, true, "Thư điện tử"), new(FullName, true, "Họ và tên"), new(Role, true, "Vai trò"), new(AgencyCode, true, "Mã cơ quan"),
    ];

    private static readonly ImportColumn[] UnitColumns =
    [
        new(Code, true, "Mã đơn vị"), new(Name, true, "Tên"), new(Level, true, "Cấp"), new(ParentCode, true, "Mã đơn vị cấp trên"),
        new(EffectiveDate, true, "Ngày hiệu lực"),
    ];

    private static readonly ImportColumn[] AgencyColumns =
    [
        new(Code, true, "Mã cơ quan"), new(Name, true, "Tên"), new(Kind, true, "Loại"), new(UnitCode, true, "Mã đơn vị"),
        new(HeadName, false, "Người đứng đầu"),
    ];

    public static IReadOnlyList<ImportColumn> For(ImportKind kind) => kind switch
    {
        ImportKind.Users => UserColumns,
        ImportKind.Units => UnitColumns,
        _ => AgencyColumns,
    };

    /// <summary>
    /// Which column each header of the file is (null: not one of <paramref name="kind"/>'s), with a problem on row 1 for
    /// every header that is unknown or repeated and every required column that is missing.
    /// </summary>
    public static (IReadOnlyList<string?> Columns, IReadOnlyList<ImportProblem> Problems) Match(ImportKind kind, IReadOnlyList<string> headers)
    {
        var columns = For(kind);
        var matched = new List<string?>(headers.Count);
        var problems = new List<ImportProblem>();
        foreach (var header in headers)
        {
            var key = ImportText.HeaderKey(header);
            var column = columns.FirstOrDefault(c => c.Name == key || ImportText.HeaderKey(c.VietnameseHeader) == key);
            if (column is null)
            {
                if (key.Length > 0)
                {
                    problems.Add(new ImportProblem(1, null, ImportProblems.UnknownColumn, ImportText.Clean(header)));
                }
            }
            else if (matched.Contains(column.Name))
            {
                problems.Add(new ImportProblem(1, column.Name, ImportProblems.RepeatedColumn, ImportText.Clean(header)));
            }

            matched.Add(column is null || matched.Contains(column.Name) ? null : column.Name);
        }

        problems.AddRange(columns.Where(c => c.Required && !matched.Contains(c.Name)).Select(c => new ImportProblem(1, c.Name, ImportProblems.MissingColumn, c.Name)));
        return (matched, problems);
    }
}
