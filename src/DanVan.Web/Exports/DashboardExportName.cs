using System.Globalization;
using System.Text;
using DanVan.Domain.Reporting;
using DanVan.Web.Dashboard;

namespace DanVan.Web.Exports;

/// <summary>
/// The download name of a dashboard export, e.g. "danvan-07-CT-TU-2026-Q4-Quan-Hoan-Kiem.xlsx": an ASCII name for every
/// browser, and the same name with its Vietnamese letters ("…-Quận-Hoàn-Kiếm.xlsx") for the filename* parameter.
/// </summary>
public static class DashboardExportName
{
    private const int MaxPlaceLength = 80;

    public static (string Ascii, string Unicode) For(DashboardView view, string extension)
    {
        var period = view.Period;
        var when = period.Kind switch
        {
            PeriodKind.Quarter => $"{period.Year}-Q{period.Number}",
            PeriodKind.SixMonths => $"{period.Year}-H{period.Number}",
            _ => period.Year.ToString(CultureInfo.InvariantCulture),
        };
        var place = Slug(view.Agency?.Name ?? view.Unit.Name);
        place = place.Length > MaxPlaceLength ? place[..MaxPlaceLength].TrimEnd('-') : place;
        var unicode = $"danvan-{Slug(view.Directive.Code)}-{when}-{place}.{extension}";
        return (Slug(Fold(unicode[..^(extension.Length + 1)])) + "." + extension, unicode);
    }

    /// <summary>Letters and digits kept, every other run of characters made one hyphen.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>Vietnamese letters without their marks (đ → d), anything else outside ASCII dropped.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }
}
