using System.Globalization;
using DanVan.Domain.Organization;

namespace DanVan.Web.Exports;

/// <summary>The two official formats a consolidated report can take.</summary>
public enum ReportFormat
{
    /// <summary>Party documents: Hướng dẫn 36-HD/VPTW (2018) of the Party Central Office.</summary>
    Party,

    /// <summary>State administrative documents: Nghị định 30/2020/NĐ-CP, Appendix I.</summary>
    State,
}

/// <summary>The agency in whose name the report is issued, with its unit (and the unit above, for party bodies' superior line).</summary>
public sealed record Issuer(int Id, string Name, AgencyKind Kind, UnitLevel Level, string UnitName, string? ParentUnitName);

/// <summary>Margins in millimetres and the body font size in half-points.</summary>
public sealed record PageLayout(int TopMm, int BottomMm, int LeftMm, int RightMm, int BodyHalfPoints)
{
    public const int A4WidthTwips = 11906;
    public const int A4HeightTwips = 16838;

    public static int Twips(int mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>The width between the margins, which every table fills.</summary>
    public int TextWidthTwips => A4WidthTwips - Twips(LeftMm) - Twips(RightMm);
}

/// <summary>
/// Which format an issuer's report takes, and what each format prescribes. The rule follows the issuer's
/// <see cref="AgencyKind"/>: party committees, the Party Affairs Committee and the mass-mobilization commission are party
/// bodies and issue Party documents (HD 36-HD/VPTW); People's Committees and departments are state bodies and issue
/// state administrative documents (NĐ 30/2020/NĐ-CP). The Fatherland Front and the socio-political organizations have
/// their own rules, which keep the national motto and the layout of NĐ 30, so they get the state format too.
/// </summary>
public static class OfficialFormat
{
    /// <summary>Room for the number the clerk writes in: six no-break spaces.</summary>
    private const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    private const char NoBreak = '\u00A0';

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ReportFormat For(AgencyKind kind) => kind switch
    {
        AgencyKind.PartyCommittee or AgencyKind.PartyAffairsCommittee or AgencyKind.MassMobilizationCommission => ReportFormat.Party,
        _ => ReportFormat.State,
    };

    /// <summary>
    /// Both formats allow top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm and a body of 13–14 pt; the report takes
    /// the smallest margins and 14 pt. The values are written per format so that either can change on its own.
    /// </summary>
    public static PageLayout Layout(ReportFormat format) => format switch
    {
        ReportFormat.Party => new PageLayout(20, 20, 30, 15, 28),
        _ => new PageLayout(20, 20, 30, 15, 28),
    };

    /// <summary>
    /// The superior body above the issuer's name, in capitals: for a party body, the party organization of its unit (of
    /// the unit above for a party committee, which is itself its unit's party organization); for a department, the
    /// People's Committee it belongs to; none for People's Committees, the Front and the organizations.
    /// </summary>
    public static string? SuperiorLine(Issuer issuer) => (For(issuer.Kind), issuer.Kind) switch
    {
        (ReportFormat.Party, AgencyKind.PartyCommittee) => KeepTogether(Upper("Đảng bộ " + (issuer.ParentUnitName ?? issuer.UnitName)), issuer),
        (ReportFormat.Party, _) => KeepTogether(Upper("Đảng bộ " + issuer.UnitName), issuer),
        (_, AgencyKind.Department) => KeepTogether("UBND " + Upper(issuer.UnitName), issuer),
        _ => null,
    };

    /// <summary>The issuer's name in capitals; in a party body's name "Ủy ban nhân dân" is shortened to "UBND", as party documents write it.</summary>
    public static string IssuerLine(Issuer issuer)
    {
        var name = Upper(issuer.Name);
        return KeepTogether(For(issuer.Kind) == ReportFormat.Party ? name.Replace("ỦY BAN NHÂN DÂN", "UBND", StringComparison.Ordinal) : name, issuer);
    }

    /// <summary>
    /// A header line whose unit names ("THÀNH PHỐ HÀ NỘI", "QUẬN HOÀN KIẾM") and every "THÀNH PHỐ" are bound by no-break
    /// spaces: the narrow issuer column may wrap the line before a unit's name, never inside it ("THÀNH / PHỐ").
    /// </summary>
    public static string KeepTogether(string line, Issuer issuer)
    {
        foreach (var unit in new[] { issuer.UnitName, issuer.ParentUnitName }.OfType<string>())
        {
            var name = Upper(unit);
            line = line.Replace(name, name.Replace(' ', NoBreak), StringComparison.Ordinal);
        }

        return line.Replace("THÀNH PHỐ", $"THÀNH{NoBreak}PHỐ", StringComparison.Ordinal);
    }

    /// <summary>"Số      -BC/BCSĐ" (Party) or "Số:      /BC-UBND" (state); the number is left for the clerk.</summary>
    public static string NumberLine(Issuer issuer) => For(issuer.Kind) == ReportFormat.Party
        ? $"Số{Blank}-BC/{Abbreviation(issuer)}"
        : $"Số:{Blank}/BC-{Abbreviation(issuer)}";

    /// <summary>The signing line(s) above the signature: who signs on behalf of whom, then the signer's title.</summary>
    public static IReadOnlyList<string> SignatureTitles(Issuer issuer) => issuer.Kind switch
    {
        AgencyKind.PartyAffairsCommittee => ["T/M BAN CÁN SỰ ĐẢNG", "BÍ THƯ"],
        AgencyKind.PartyCommittee => ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
        AgencyKind.MassMobilizationCommission => ["TRƯỞNG BAN"],
        AgencyKind.PeoplesCommittee => ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        AgencyKind.FatherlandFront => ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
        _ => ["THỦ TRƯỞNG CƠ QUAN"],
    };

    /// <summary>A starting list of recipients that the officer completes in Word; Party lists end lines with commas, state lists with semicolons.</summary>
    public static IReadOnlyList<string> Recipients(Issuer issuer) => For(issuer.Kind) == ReportFormat.Party
        ? ["- Thường trực Thành ủy (để b/c),", "- Ban Dân vận Thành ủy,", "- Lưu VP."]
        : ["- Thường trực Thành ủy (để b/c);", "- Ban Dân vận Thành ủy;", "- Lưu: VT."];

    public static string Upper(string text) => text.ToUpper(Vietnamese);

    private static string Abbreviation(Issuer issuer) => issuer.Kind switch
    {
        AgencyKind.PartyAffairsCommittee => "BCSĐ",
        AgencyKind.PartyCommittee => LevelSuffix(issuer.Level),
        AgencyKind.MassMobilizationCommission => "BDV" + LevelSuffix(issuer.Level),
        AgencyKind.PeoplesCommittee => "UBND",
        AgencyKind.FatherlandFront => "MTTQ",
        _ => "…",
    };

    private static string LevelSuffix(UnitLevel level) => level switch
    {
        UnitLevel.City => "TU",
        UnitLevel.District => "QU",
        _ => "ĐU",
    };
}
