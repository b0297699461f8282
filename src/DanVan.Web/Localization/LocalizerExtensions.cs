using System.Globalization;
using DanVan.Domain.Reporting;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Localization;

public static class LocalizerExtensions
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>The label of an enum value, from the key "TypeName.Value" (e.g. "AgencyKind.PartyCommittee").</summary>
    public static string Label<TEnum>(this IStringLocalizer l, TEnum value)
        where TEnum : struct, Enum => l[$"{typeof(TEnum).Name}.{value}"];

    /// <summary>"Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026" and their English forms.</summary>
    public static string PeriodName(this IStringLocalizer l, ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Quarter => l["Quarter {0}/{1}", RomanQuarters[period.Number - 1], period.Year],
        PeriodKind.SixMonths => l["First six months of {0}", period.Year],
        _ => l["Year {0}", period.Year],
    };

    /// <summary>A date as officials write it: dd/MM/yyyy.</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant shown in Hanoi time.</summary>
    public static string HanoiTime(DateTime utc) => Domain.Hanoi.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
