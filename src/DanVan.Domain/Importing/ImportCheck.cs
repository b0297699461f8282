using DanVan.Domain.Organization;

namespace DanVan.Domain.Importing;

/// <summary>The outcome of checking a file: every problem by row, and the rows read as records (to create only when there is no problem).</summary>
public sealed record ImportCheck(
    ImportKind Kind,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<UserRow> Users,
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<AgencyRow> Agencies)
{
    public bool IsClean => Problems.Count == 0;

    public int RowCount => Users.Count + Units.Count + Agencies.Count;
}

public sealed record UserRow(int Row, string Email, string FullName, string Role, string AgencyCode);

public sealed record UnitRow(int Row, string Code, string Name, UnitLevel Level, string ParentCode, DateOnly ValidFrom);

public sealed record AgencyRow(int Row, string Code, string Name, AgencyKind Kind, string UnitCode, string? HeadName);
