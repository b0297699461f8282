using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Domain.Organization;

namespace DanVan.Domain.Importing;

/// <summary>
/// The rules of a bulk import, checked on every row before anything is written (the dry run) and again inside the
/// import's transaction: required fields and lengths, e-mail addresses, roles, levels, kinds and dates that parse,
/// codes and e-mail addresses unique in the file and new to the portal, agencies and units that exist in today's tree,
/// and a unit's parent (in the tree, or an earlier row of the file) at a higher level. Blank rows are skipped.
/// </summary>
public static partial class ImportValidator
{
    /// <summary>The longest e-mail address an account may have (Identity's column).</summary>
    public const int EmailLength = 256;

    /// <summary>The longest full name (as <c>ApplicationUser.FullNameLength</c>).</summary>
    public const int FullNameLength = 200;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private static readonly Dictionary<string, UnitLevel> LevelWords = new(StringComparer.Ordinal)
    {
        ["thanh_pho"] = UnitLevel.City, ["tinh"] = UnitLevel.City, ["quan"] = UnitLevel.District, ["huyen"] = UnitLevel.District,
        ["thi_xa"] = UnitLevel.District, ["phuong"] = UnitLevel.Ward, ["xa"] = UnitLevel.Ward, ["thi_tran"] = UnitLevel.Ward,
    };

    public static ImportCheck Check(ImportKind kind, ImportSheet sheet, ImportReference reference)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(reference);
        var (columns, problems) = ImportColumns.Match(kind, sheet.Headers);
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => ImportText.Clean(c) is not null)).ToList();
        if (rows.Count == 0)
        {
            problems = [.. problems, new ImportProblem(1, null, ImportProblems.NoRows, null)];
        }

        if (problems.Count > 0)
        {
            return new ImportCheck(kind, problems, [], [], []);
        }

        var found = new List<ImportProblem>();
        var readers = rows.Select(r => new RowReader(r, columns, found)).ToList();
        return kind switch
        {
            ImportKind.Users => new ImportCheck(kind, found, Users(readers, reference), [], []),
            ImportKind.Units => new ImportCheck(kind, found, [], Units(readers, reference), []),
            _ => new ImportCheck(kind, found, [], [], Agencies(readers, reference)),
        };
    }

    private static List<UserRow> Users(List<RowReader> rows, ImportReference reference)
    {
        var result = new List<UserRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var email = row.Text(ImportColumns.Email, EmailLength);
            var fullName = row.Text(ImportColumns.FullName, FullNameLength);
            var role = row.Text(ImportColumns.Role, 64) is { } r ? reference.Roles.FirstOrDefault(x => string.Equals(x, r, StringComparison.OrdinalIgnoreCase)) ?? row.Fail(ImportColumns.Role, ImportProblems.BadRole, r) : null;
            var agency = row.Text(ImportColumns.AgencyCode, Agency.CodeLength);
            if (email is not null)
            {
                if (!EmailPattern().IsMatch(email))
                {
                    row.Fail(ImportColumns.Email, ImportProblems.BadEmail, email);
                }
                else if (!seen.Add(ImportText.Fold(email)))
                {
                    row.Fail(ImportColumns.Email, ImportProblems.DuplicateInFile, email);
                }
                else if (reference.Emails.Contains(ImportText.Fold(email)))
                {
                    row.Fail(ImportColumns.Email, ImportProblems.EmailExists, email);
                }
            }

            if (agency is not null && !reference.ActiveAgencies.Contains(ImportText.Fold(agency)))
            {
                row.Fail(ImportColumns.AgencyCode, ImportProblems.UnknownAgency, agency);
            }

            if (row.IsClean)
            {
                result.Add(new UserRow(row.Number, email!, fullName!, role!, agency!));
            }
        }

        return result;
    }

    private static List<UnitRow> Units(List<RowReader> rows, ImportReference reference)
    {
        var result = new List<UnitRow>();
        var inFile = new Dictionary<string, UnitLevel?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Text(ImportColumns.Code, AdministrativeUnit.CodeLength);
            var name = row.Text(ImportColumns.Name, AdministrativeUnit.NameLength);
            var level = row.Text(ImportColumns.Level, 40) is { } l ? ParseLevel(l) ?? row.Fail<UnitLevel>(ImportColumns.Level, ImportProblems.BadLevel, l) : null;
            var parent = row.Text(ImportColumns.ParentCode, AdministrativeUnit.CodeLength);
            var validFrom = row.Text(ImportColumns.EffectiveDate, 40) is { } d ? ParseDate(d) ?? row.Fail<DateOnly>(ImportColumns.EffectiveDate, ImportProblems.BadDate, d) : null;
            if (code is not null)
            {
                if (code.Contains('/', StringComparison.Ordinal))
                {
                    row.Fail(ImportColumns.Code, ImportProblems.BadCode, code);
                }
                else if (inFile.ContainsKey(ImportText.Fold(code)))
                {
                    row.Fail(ImportColumns.Code, ImportProblems.DuplicateInFile, code);
                }
                else if (reference.UnitCodes.Contains(ImportText.Fold(code)))
                {
                    row.Fail(ImportColumns.Code, ImportProblems.UnitExists, code);
                }
            }

            if (parent is not null)
            {
                var parentLevel = reference.CurrentUnits.TryGetValue(ImportText.Fold(parent), out var current) ? current : inFile.GetValueOrDefault(ImportText.Fold(parent));
                if (parentLevel is null)
                {
                    row.Fail(ImportColumns.ParentCode, ImportProblems.ParentNotInTree, parent);
                }
                else if (level is not null && !AdministrativeUnit.CanBeParentOf(parentLevel.Value, level.Value))
                {
                    row.Fail(ImportColumns.Level, ImportProblems.ParentLevel, parent);
                }
            }

            if (code is not null)
            {
                inFile.TryAdd(ImportText.Fold(code), level);
            }

            if (row.IsClean)
            {
                result.Add(new UnitRow(row.Number, code!, name!, level!.Value, parent!, validFrom!.Value));
            }
        }

        return result;
    }

    private static List<AgencyRow> Agencies(List<RowReader> rows, ImportReference reference)
    {
        var result = new List<AgencyRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Text(ImportColumns.Code, Agency.CodeLength);
            var name = row.Text(ImportColumns.Name, Agency.NameLength);
            var kind = row.Text(ImportColumns.Kind, 40) is { } k ? ParseKind(k) ?? row.Fail<AgencyKind>(ImportColumns.Kind, ImportProblems.BadKind, k) : null;
            var unit = row.Text(ImportColumns.UnitCode, AdministrativeUnit.CodeLength);
            var head = row.Text(ImportColumns.HeadName, Agency.HeadNameLength, required: false);
            if (code is not null && !seen.Add(ImportText.Fold(code)))
            {
                row.Fail(ImportColumns.Code, ImportProblems.DuplicateInFile, code);
            }
            else if (code is not null && reference.AgencyCodes.Contains(ImportText.Fold(code)))
            {
                row.Fail(ImportColumns.Code, ImportProblems.AgencyExists, code);
            }

            if (unit is not null && !reference.CurrentUnits.ContainsKey(ImportText.Fold(unit)))
            {
                row.Fail(ImportColumns.UnitCode, ImportProblems.UnitNotInTree, unit);
            }

            if (row.IsClean)
            {
                result.Add(new AgencyRow(row.Number, code!, name!, kind!.Value, unit!, head));
            }
        }

        return result;
    }

    /// <summary>A level by its name (Ward, District…) or a Vietnamese word (phường, xã, quận, huyện…); the nation is never imported.</summary>
    public static UnitLevel? ParseLevel(string text)
    {
        var key = ImportText.HeaderKey(text);
        if (LevelWords.TryGetValue(key, out var word))
        {
            return word;
        }

        return Enum.GetValues<UnitLevel>().Where(l => l != UnitLevel.Nation).Select(l => (UnitLevel?)l)
            .FirstOrDefault(l => string.Equals(l.ToString(), key, StringComparison.OrdinalIgnoreCase));
    }

    public static AgencyKind? ParseKind(string text) =>
        Enum.GetValues<AgencyKind>().Select(k => (AgencyKind?)k).FirstOrDefault(k => string.Equals(k.ToString(), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A day written dd/mm/yyyy (as officials write it) or yyyy-mm-dd (as a spreadsheet's date cell is read).</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"^[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
