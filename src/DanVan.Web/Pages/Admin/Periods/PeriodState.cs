using DanVan.Domain.Reporting;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Periods;

/// <summary>Where a period stands at a given instant — not yet open, open or closed, as the domain decides — with its label and badge colour.</summary>
public sealed record PeriodState(string Code, string Label, string Badge)
{
    public static PeriodState Of(ReportingPeriod period, DateTime nowUtc, IStringLocalizer l)
    {
        if (period.IsClosed(nowUtc))
        {
            return new("closed", l["Closed"], "text-bg-secondary");
        }

        return period.IsOpen(nowUtc) ? new("open", l["Open"], "text-bg-success") : new("not-open", l["Not yet open"], "text-bg-info");
    }
}
