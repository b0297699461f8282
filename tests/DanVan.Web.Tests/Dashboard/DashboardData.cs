using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>Adds data through the domain, as the portal would create it, for the dashboard tests.</summary>
public static class DashboardData
{
    public static readonly Actor Submitter = new("test-submitter", "Người Gửi Thử");

    public static Task<int> PeriodIdAsync(this DanVanFactory factory, int year, int quarter) =>
        factory.QueryAsync(db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.Year == year && p.Number == quarter).Select(p => p.Id).SingleAsync());

    public static Task<int> UnitIdAsync(this DanVanFactory factory, string code) =>
        factory.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>
    /// Adds <paramref name="wards"/> wards under the district, each with five agencies, the tasks the directive addresses
    /// to them, and a submitted report for the current period with some lines in progress or done.
    /// </summary>
    public static Task GrowDistrictAsync(this DanVanFactory factory, string districtCode, int wards) => factory.QueryAsync(async db =>
    {
        var district = await db.Units.SingleAsync(u => u.Code == districtCode);
        var tasks = await db.DirectiveTasks.Include(t => t.Indicators).Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode).ToListAsync();
        var period = await db.Periods.OrderByDescending(p => p.DueOn).FirstAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var added = new List<(int Ward, Agency Agency, List<Assignment> Assignments)>();
        for (var w = 0; w < wards; w++)
        {
            var ward = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, $"{districtCode}-X{w:00}", $"Phường Thử {w:00}", HierarchySeed.ValidFrom);
            db.Units.Add(ward);
            foreach (var kind in new[] { AgencyKind.PartyCommittee, AgencyKind.PeoplesCommittee, AgencyKind.FatherlandFront, AgencyKind.SocioPoliticalOrganization, AgencyKind.Department })
            {
                var agency = Agency.Create($"{ward.Code}-{kind}", $"{kind} phường thử {w:00}", kind, ward, HierarchySeed.ValidFrom, "Người Đứng Đầu Thử");
                var assignments = tasks.Where(t => Addressed(t.Addressee, kind)).Select(t => Assignment.Create(t, agency, AssignmentRole.Lead)).ToList();
                db.Agencies.Add(agency);
                db.Assignments.AddRange(assignments);
                added.Add((w, agency, assignments));
            }
        }

        await db.SaveChangesAsync();
        foreach (var (w, agency, assignments) in added)
        {
            var report = ProgressReport.Start(agency, period, assignments, now.AddDays(-3));
            var i = 0;
            foreach (var line in report.Lines)
            {
                report.UpdateLine(line, i % 2 == 0 ? TaskProgress.InProgress : TaskProgress.Done, i++ % 2 == 0 ? 50 : 100, Hanoi.Today(factory.Clock).AddDays(-2), $"Kết quả thử {w} {i}", null, null);
                foreach (var indicator in line.Assignment!.Task!.Indicators)
                {
                    report.SetIndicator(line, indicator, 1);
                }
            }

            report.Submit(Submitter, now.AddDays(-1));
            db.Reports.Add(report);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>Starts and submits a report for the current period that gives <paramref name="value"/> for the indicator.</summary>
    public static Task SubmitIndicatorAsync(this DanVanFactory factory, string agencyCode, string indicatorName, decimal value) => factory.QueryAsync(async db =>
    {
        var agency = await db.Agencies.Include(a => a.Unit).SingleAsync(a => a.Code == agencyCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Name == indicatorName);
        var assignments = await db.Assignments.Include(a => a.Task).Where(a => a.AgencyId == agency.Id).ToListAsync();
        var period = await db.Periods.OrderByDescending(p => p.DueOn).FirstAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var report = ProgressReport.Start(agency, period, assignments, now.AddHours(-2));
        report.SetIndicator(report.Lines.Single(l => l.Assignment!.TaskId == indicator.TaskId), indicator, value);
        report.Submit(Submitter, now.AddHours(-1));
        db.Reports.Add(report);
        return await db.SaveChangesAsync();
    });

    private static bool Addressed(TaskAddressee addressee, AgencyKind kind) => addressee switch
    {
        TaskAddressee.PartyCommittees => kind == AgencyKind.PartyCommittee,
        TaskAddressee.StateAgencies => kind is AgencyKind.PeoplesCommittee or AgencyKind.Department,
        TaskAddressee.FrontAndSocioPoliticalOrganizations => kind is AgencyKind.FatherlandFront or AgencyKind.SocioPoliticalOrganization,
        _ => false,
    };
}
