using DanVan.Data.Facts;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

/// <summary>
/// Keeps the reporting facts exact: a save that changes a report's state, an assignment, an agency or unit version or a
/// period rewrites the facts it affects in the same transaction, so figures are live and never stale; a save that changes the
/// catalogue raises its version in it too (<see cref="Domain.Settings.CatalogueVersion"/>). (This is why the
/// SQL Server provider runs without a retrying execution strategy: it does not allow a transaction the context opens.)
/// </summary>
public abstract partial class DanVanDbContext
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        await SyncEditableReportsAsync(cancellationToken);
        var pending = FactRefresh.Collect(ChangeTracker);
        var catalogue = CatalogueChanged();
        if (pending.Count == 0 && !catalogue)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            return await SaveWithFollowUpsAsync(acceptAllChangesOnSuccess, pending, catalogue, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var count = await SaveWithFollowUpsAsync(acceptAllChangesOnSuccess, pending, catalogue, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The save, then the facts it affects rewritten and the catalogue's version raised, in the caller's transaction.</summary>
    private async Task<int> SaveWithFollowUpsAsync(bool acceptAllChangesOnSuccess, List<Func<FactRefresh>> pending, bool catalogue, CancellationToken ct)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (pending.Count > 0)
        {
            await RefreshFactsAsync(pending.ConvertAll(p => p()), ct);
        }

        if (catalogue)
        {
            await RaiseCatalogueVersionAsync(ct);
        }

        return saved;
    }

    /// <summary>Rewrites every fact of every period (after a bulk load, or to repair); one period at a time.</summary>
    public async Task RebuildFactsAsync(CancellationToken ct)
    {
        RefuseAuditRewrites();
        foreach (var periodId in await Periods.Select(p => p.Id).ToListAsync(ct))
        {
            await ReportingFactWriter.RefreshAsync(this, periodId, null, ct);
            await base.SaveChangesAsync(true, ct);
            await ReportingFactWriter.RaiseVersionsAsync(this, new Dictionary<int, IReadOnlyCollection<string>?> { [periodId] = null }, ct);
            await base.SaveChangesAsync(true, ct);
            DetachFacts();
        }
    }

    private async Task RefreshFactsAsync(List<FactRefresh> refreshes, CancellationToken ct)
    {
        var periods = await Periods.AsNoTracking().Select(p => new { p.Id, p.DataTo }).ToListAsync(ct);
        var plan = new Dictionary<int, HashSet<int>?>();
        foreach (var refresh in refreshes)
        {
            foreach (var period in periods.Where(p => (refresh.PeriodId is null || p.Id == refresh.PeriodId) && (refresh.FromDay is null || p.DataTo >= refresh.FromDay)))
            {
                if (refresh.AgencyId is not { } agencyId)
                {
                    plan[period.Id] = null;
                }
                else if (!plan.TryGetValue(period.Id, out var agencies))
                {
                    plan[period.Id] = [agencyId];
                }
                else
                {
                    agencies?.Add(agencyId);
                }
            }
        }

        var changes = new Dictionary<int, IReadOnlyCollection<string>?>();
        foreach (var (periodId, agencies) in plan)
        {
            changes[periodId] = await ReportingFactWriter.RefreshAsync(this, periodId, agencies, ct);
        }

        await base.SaveChangesAsync(true, ct);
        await ReportingFactWriter.RaiseVersionsAsync(this, changes, ct);
        await base.SaveChangesAsync(true, ct);
        DetachFacts();
    }

    /// <summary>
    /// An assignment given, changed or ended reaches the agency's reports that are still being written (drafts and
    /// returned reports), in the same save; submitted versions keep what they had.
    /// </summary>
    private async Task SyncEditableReportsAsync(CancellationToken ct)
    {
        var changed = ChangeTracker.Entries<Assignment>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        var agencyIds = changed.Select(a => a.AgencyId).Where(id => id != 0).Distinct().ToList();
        if (agencyIds.Count == 0)
        {
            return;
        }

        var reports = await Reports.Include(r => r.Period).Include(r => r.Lines).Include(r => r.Attachments)
            .Where(r => agencyIds.Contains(r.AgencyId) && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
            .ToListAsync(ct);
        if (reports.Count == 0)
        {
            return;
        }

        var assignments = (await Assignments.Include(a => a.Task).Where(a => agencyIds.Contains(a.AgencyId)).ToListAsync(ct)).Union(changed).ToList();
        foreach (var report in reports)
        {
            report.SyncLines(assignments.Where(a => a.AgencyId == report.AgencyId));
        }
    }

    private void DetachFacts()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is Domain.Reporting.Facts.ReportingFact or Domain.Reporting.Facts.ReportingFactLine
                     or Domain.Reporting.Facts.ReportingFactText or Domain.Reporting.Facts.ReportingFactIndicator
                     or Domain.Reporting.Facts.ReportingFactVersion or Domain.Reporting.Facts.ReportingFactChange).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
