using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Facts;

/// <summary>
/// Rewrites the reporting facts of one period for some agencies (or all) from what is in the database: the tree and
/// agency versions at the period's data cut-off, the assignments in force then, and each report's last submitted
/// version. <see cref="DanVanDbContext"/> calls it inside the transaction of every change that alters a figure; the
/// bench and repairs call it for whole periods. A fixed number of queries per call, whatever the number of agencies.
/// </summary>
public static class ReportingFactWriter
{
    /// <summary>
    /// Rewrites the facts and returns the unit paths of those removed and added (for <see cref="ReportingFactChange"/>),
    /// or null when the whole period was rewritten.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>?> RefreshAsync(DanVanDbContext db, int periodId, IReadOnlyCollection<int>? agencyIds, CancellationToken ct)
    {
        var period = await db.Periods.AsNoTracking().Where(p => p.Id == periodId).Select(p => new { p.Id, p.DataTo }).SingleOrDefaultAsync(ct);
        var ids = agencyIds?.Distinct().ToList();
        var all = ids is null;
        var facts = db.Facts.Where(f => f.PeriodId == periodId && (all || ids!.Contains(f.AgencyId)));
        HashSet<string>? paths = all ? null : [.. await facts.Select(f => f.UnitPath).Distinct().ToListAsync(ct)];
        // "FactId IN (the facts' ids)" searches the FactId index; a correlated EXISTS made SQLite scan every fact line.
        await db.FactLines.Where(l => facts.Select(f => f.Id).Contains(l.FactId)).ExecuteDeleteAsync(ct);
        await facts.ExecuteDeleteAsync(ct);
        if (period is null || ids is { Count: 0 })
        {
            return paths;
        }

        var day = period.DataTo;
        var tree = await PeriodTree.LoadAsync(db, day, ct);
        var agencies = await db.AgencyVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= day && (v.ValidTo == null || day < v.ValidTo) && v.IsActive && (all || ids!.Contains(v.AgencyId)))
            .Select(v => new { v.AgencyId, v.UnitId, v.Name, v.Kind })
            .ToListAsync(ct);
        var assignments = (await db.Assignments.AsNoTracking()
            .Where(a => all || ids!.Contains(a.AgencyId))
            .Select(a => new { a.Id, a.AgencyId, a.TaskId, a.Task!.DirectiveId, a.Role, a.DueOn, a.StartsOn, a.EndedOn })
            .ToListAsync(ct)).ToLookup(a => a.AgencyId);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.PeriodId == periodId && (all || ids!.Contains(r.AgencyId)))
            .Select(r => new
            {
                r.Id,
                r.AgencyId,
                r.Status,
                r.Version,
                r.IsLate,
                r.SubmittedAtUtc,
                Returns = r.Transitions.Count(t => t.To == ReportStatus.Returned),
                Content = r.Versions.Where(v => v.Number == r.Version).Select(v => v.Content).FirstOrDefault(),
            })
            .ToDictionaryAsync(r => r.AgencyId, ct);
        var indicatorIds = (await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.TaskId, i.Name }).ToListAsync(ct))
            .ToDictionary(i => (i.TaskId, i.Name), i => i.Id);

        foreach (var agency in agencies)
        {
            if (tree.Find(agency.UnitId) is not { } unit)
            {
                continue;
            }

            var own = assignments[agency.AgencyId].ToList();
            reports.TryGetValue(agency.AgencyId, out var report);
            var submitted = report?.Content is { } content && report.Version >= 1
                ? ReportVersion.Parse(content).Lines.GroupBy(l => l.AssignmentId).ToDictionary(g => g.Key, g => g.First())
                : [];
            var inForce = own.Where(a => a.StartsOn <= day && (a.EndedOn == null || day < a.EndedOn)).ToList();
            foreach (var directiveId in inForce.Select(a => a.DirectiveId).Distinct())
            {
                var fact = new ReportingFact(periodId, directiveId, agency.AgencyId, agency.Name, agency.Kind, unit.Id, unit.Path, unit.Level);
                if (report is not null)
                {
                    fact.RecordReport(report.Id, report.Status, report.Version, report.IsLate, report.SubmittedAtUtc, report.Returns);
                }

                foreach (var assignment in own.Where(a => a.DirectiveId == directiveId).OrderBy(a => a.Id))
                {
                    var assigned = inForce.Contains(assignment);
                    submitted.TryGetValue(assignment.Id, out var line);
                    if (!assigned && line is null)
                    {
                        continue;
                    }

                    var factLine = fact.AddLine(assignment.Id, assignment.TaskId, assignment.Role, line?.DueOn ?? assignment.DueOn, assigned);
                    if (line is not null)
                    {
                        var values = line.IndicatorsById ?? line.Indicators
                            .Where(i => indicatorIds.ContainsKey((assignment.TaskId, i.Key)))
                            .ToDictionary(i => indicatorIds[(assignment.TaskId, i.Key)], i => i.Value);
                        factLine.RecordSubmitted(line, values);
                    }
                }

                db.Facts.Add(fact);
                paths?.Add(unit.Path);
            }
        }

        return paths;
    }

    /// <summary>
    /// Raises the <see cref="ReportingFactVersion"/> of the given periods in the caller's transaction, after their facts
    /// are saved (so that, on SQL Server, the rows stay locked only until the commit), in one statement that locks them in
    /// key order, and records what each raise rewrote (<see cref="ReportingFactChange"/>: the paths
    /// <see cref="RefreshAsync"/> returned, null for the whole period). A period's row is added with its first facts (in
    /// the save that creates the period) or by the migration for the periods that existed then; a period deleted
    /// meanwhile gets none. The caller saves the rows it adds.
    /// </summary>
    public static async Task RaiseVersionsAsync(DanVanDbContext db, IReadOnlyDictionary<int, IReadOnlyCollection<string>?> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var periodIds = changes.Keys.ToList();
        var raised = await db.FactVersions.Where(v => periodIds.Contains(v.PeriodId))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);
        Dictionary<int, long> versions = raised == 0 ? [] : await db.FactVersions.AsNoTracking().Where(v => periodIds.Contains(v.PeriodId)).ToDictionaryAsync(v => v.PeriodId, v => v.Version, ct);
        if (raised < periodIds.Count)
        {
            var missing = await db.Periods.Where(p => periodIds.Contains(p.Id) && !db.FactVersions.Any(v => v.PeriodId == p.Id)).Select(p => p.Id).ToListAsync(ct);
            db.FactVersions.AddRange(missing.Select(id => new ReportingFactVersion(id)));
            foreach (var id in missing)
            {
                versions[id] = 1;
            }
        }

        db.FactChanges.AddRange(versions.Select(v => new ReportingFactChange(v.Key, v.Value, changes[v.Key])));
        var forgotten = versions.Where(v => v.Value % ReportingFactChange.Kept == 0).Select(v => (v.Key, Before: v.Value - ReportingFactChange.Kept)).ToList();
        foreach (var (periodId, before) in forgotten)
        {
            await db.FactChanges.Where(c => c.PeriodId == periodId && c.Version <= before).ExecuteDeleteAsync(ct);
        }
    }
}
