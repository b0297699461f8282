using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// Grows the demo data to Hanoi's size after the 2025 reorganisation: wards directly under the city, each with its party
/// committee, People's Committee, Fatherland Front and two socio-political organizations, assigned by the directive's
/// addressees, with a report for the current period that four agencies in five have submitted.
/// </summary>
internal static class ScaleData
{
    /// <summary>The added wards' codes start with this, which no seeded unit's does (the demo's post-2025 wards are HN-P-…).</summary>
    private const string WardCodePrefix = "HN-TN";

    private static readonly (AgencyKind Kind, string Name)[] Bodies =
    [
        (AgencyKind.PartyCommittee, "Đảng ủy"),
        (AgencyKind.PeoplesCommittee, "Ủy ban nhân dân"),
        (AgencyKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        (AgencyKind.SocioPoliticalOrganization, "Hội Liên hiệp Phụ nữ"),
        (AgencyKind.SocioPoliticalOrganization, "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ];

    public static async Task<int> AddWardsAsync(IServiceProvider services, int wards, TimeProvider clock)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
            var city = await db.Units.SingleAsync(u => u.Level == UnitLevel.City);
            var tasks = await db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode).ToListAsync();
            for (var w = 1; w <= wards; w++)
            {
                var ward = AdministrativeUnit.CreateBelow(city, UnitLevel.Ward, $"{WardCodePrefix}{w:000}", $"Phường Thử nghiệm {w:000}", HierarchySeed.ValidFrom);
                db.Units.Add(ward);
                foreach (var (kind, name, index) in Bodies.Select((b, i) => (b.Kind, b.Name, i)))
                {
                    var agency = Agency.Create($"{ward.Code}-{index}", $"{name} phường Thử nghiệm {w:000}", kind, ward, HierarchySeed.ValidFrom, $"Người đứng đầu {w:000}");
                    db.Agencies.Add(agency);
                    db.Assignments.AddRange(tasks.Where(t => RoleFor(t.Addressee, kind) is not null).Select(t => Assignment.Create(t, agency, RoleFor(t.Addressee, kind)!.Value)));
                }
            }

            await db.SaveChangesAsync();
        }

        return await SubmitReportsAsync(services, clock);
    }

    /// <summary>The seeder's addressee rule for the bodies of a ward.</summary>
    private static AssignmentRole? RoleFor(TaskAddressee addressee, AgencyKind kind) => (addressee, kind) switch
    {
        (TaskAddressee.PartyCommittees, AgencyKind.PartyCommittee) => AssignmentRole.Lead,
        (TaskAddressee.StateAgencies, AgencyKind.PeoplesCommittee) => AssignmentRole.Lead,
        (TaskAddressee.FrontAndSocioPoliticalOrganizations, AgencyKind.FatherlandFront) => AssignmentRole.Lead,
        (TaskAddressee.FrontAndSocioPoliticalOrganizations, AgencyKind.SocioPoliticalOrganization) => AssignmentRole.Supporting,
        _ => null,
    };

    private static async Task<int> SubmitReportsAsync(IServiceProvider services, TimeProvider clock)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var period = await db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.DataFrom <= Hanoi.Today(clock)).OrderByDescending(p => p.DataFrom).FirstAsync();
        var agencies = await db.Agencies.Include(a => a.Unit).Where(a => a.Code.StartsWith(WardCodePrefix)).ToListAsync();
        var assignments = (await db.Assignments.Include(a => a.Task).ThenInclude(t => t!.Indicators).Where(a => a.Agency!.Code.StartsWith(WardCodePrefix)).ToListAsync())
            .ToLookup(a => a.AgencyId);
        var actor = new Actor("bench", "Bench");
        var submitted = 0;
        foreach (var (agency, i) in agencies.Select((a, i) => (a, i)))
        {
            var report = ProgressReport.Start(agency, period, assignments[agency.Id].ToList(), now.AddDays(-5));
            foreach (var line in report.Lines)
            {
                report.UpdateLine(line, TaskProgress.InProgress, 40 + (i % 50), null, $"Kết quả thực hiện của {agency.Name}: tổ chức {2 + (i % 5)} hội nghị, tiếp nhận {10 + (i % 30)} kiến nghị.", null, null);
                foreach (var indicator in line.Assignment!.Task!.Indicators)
                {
                    report.SetIndicator(line, indicator, indicator.Unit == IndicatorValue.PercentUnit ? 85 : 1 + (i % 4));
                }
            }

            if (i % 5 != 0)
            {
                report.Submit(actor, now.AddDays(-1));
                submitted++;
            }

            db.Reports.Add(report);
        }

        await db.SaveChangesAsync();
        return submitted;
    }
}
