using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DanVan.Data.Facts;

/// <summary>
/// Facts to rewrite after a change: one period (or every period whose cut-off is on or after <see cref="FromDay"/>) and
/// one agency (or all). Read from tracked entries after they are saved, so that new ids are known.
/// </summary>
internal sealed record FactRefresh(int? PeriodId, DateOnly? FromDay, int? AgencyId)
{
    /// <summary>The changes about to be saved that alter a figure, as functions to call once they have been saved.</summary>
    public static List<Func<FactRefresh>> Collect(ChangeTracker tracker)
    {
        var pending = new List<Func<FactRefresh>>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case ProgressReport report when entry.State == EntityState.Added || Changed(entry, nameof(ProgressReport.Status), nameof(ProgressReport.Version), nameof(ProgressReport.IsLate), nameof(ProgressReport.SubmittedAtUtc)):
                    pending.Add(() => new FactRefresh(report.PeriodId, null, report.AgencyId));
                    break;
                case Assignment assignment:
                    var agencyId = entry.State == EntityState.Deleted ? (int)entry.OriginalValues[nameof(Assignment.AgencyId)]! : -1;
                    pending.Add(() => new FactRefresh(null, null, agencyId >= 0 ? agencyId : assignment.AgencyId));
                    break;
                case AgencyVersion version:
                    var from = Earliest(entry, nameof(AgencyVersion.ValidFrom), nameof(AgencyVersion.ValidTo));
                    pending.Add(() => new FactRefresh(null, from, version.AgencyId));
                    break;
                case UnitVersion:
                    var since = Earliest(entry, nameof(UnitVersion.ValidFrom), nameof(UnitVersion.ValidTo));
                    pending.Add(() => new FactRefresh(null, since, null));
                    break;
                case ReportingPeriod period when entry.State == EntityState.Added || Changed(entry, nameof(ReportingPeriod.DataTo), nameof(ReportingPeriod.DueOn)):
                    pending.Add(() => new FactRefresh(period.Id, null, null));
                    break;
            }
        }

        return pending;
    }

    private static bool Changed(EntityEntry entry, params string[] properties) =>
        entry.State == EntityState.Modified && properties.Any(p => entry.Property(p).IsModified);

    /// <summary>The earliest day among the entry's dates, before and after the change: periods from then on are affected.</summary>
    private static DateOnly? Earliest(EntityEntry entry, params string[] properties)
    {
        var days = properties.SelectMany(p => new[] { entry.State == EntityState.Added ? null : entry.OriginalValues[p], entry.State == EntityState.Deleted ? null : entry.CurrentValues[p] })
            .OfType<DateOnly>().ToList();
        return days.Count == 0 ? null : days.Min();
    }
}
