using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>The seeded city, its districts and wards, their agencies, the assignments that follow the addressees, and the periods.</summary>
public sealed class HierarchySeedTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    private static readonly AgencyKind[] EveryUnitHas = [AgencyKind.PartyCommittee, AgencyKind.PeoplesCommittee, AgencyKind.FatherlandFront];

    [Fact]
    public async Task Hanoi_has_at_least_three_districts_of_at_least_three_wards()
    {
        var units = await factory.QueryAsync(db => db.Units.AsNoTracking().ToListAsync());

        var city = Assert.Single(units, u => u.Level == UnitLevel.City);
        Assert.Contains("Hà Nội", city.Name, StringComparison.Ordinal);
        var districts = units.Where(u => u.Level == UnitLevel.District).ToList();
        Assert.True(districts.Count >= 3, $"{districts.Count} districts");
        Assert.All(districts, d => Assert.Equal(city.Id, d.ParentId));
        Assert.All(districts, d => Assert.True(units.Count(w => w.Level == UnitLevel.Ward && w.ParentId == d.Id) >= 3, $"{d.Name} has fewer than three wards"));
    }

    [Fact]
    public async Task Every_unit_has_its_party_committee_peoples_committee_front_and_two_organizations()
    {
        var units = await factory.QueryAsync(db => db.Units.AsNoTracking().Select(u => new { u.Name, Kinds = db.Agencies.Where(a => a.UnitId == u.Id).Select(a => a.Kind).ToList() }).ToListAsync());

        Assert.All(units, unit =>
        {
            foreach (var kind in EveryUnitHas)
            {
                Assert.True(unit.Kinds.Count(k => k == kind) == 1, $"{unit.Name} has {unit.Kinds.Count(k => k == kind)} × {kind}");
            }

            Assert.True(unit.Kinds.Count(k => k == AgencyKind.SocioPoliticalOrganization) >= 2, $"{unit.Name} has fewer than two socio-political organizations");
        });
    }

    [Fact]
    public async Task City_has_six_departments_the_party_affairs_committee_and_the_mass_mobilization_commission()
    {
        var kinds = await factory.QueryAsync(db => db.Agencies.Where(a => a.Unit!.Level == UnitLevel.City).Select(a => a.Kind).ToListAsync());

        Assert.True(kinds.Count(k => k == AgencyKind.Department) >= 6, $"{kinds.Count(k => k == AgencyKind.Department)} departments");
        Assert.Single(kinds, k => k == AgencyKind.PartyAffairsCommittee);
        Assert.Single(kinds, k => k == AgencyKind.MassMobilizationCommission);
        Assert.Equal("Ban Cán sự đảng Ủy ban nhân dân thành phố Hà Nội", await factory.QueryAsync(db => db.Agencies.Where(a => a.Code == "HN-BCSD").Select(a => a.Name).SingleAsync()));
    }

    [Fact]
    public async Task Assignments_follow_the_addressees_of_the_tasks()
    {
        var tasks = await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Directive!.Code == "07-CT/TU").Select(t => new { t.Number, t.Addressee }).ToListAsync());
        var agencies = await factory.QueryAsync(db => db.Agencies.AsNoTracking()
            .Select(a => new { a.Code, a.Kind, Numbers = db.Assignments.Where(s => s.AgencyId == a.Id).Select(s => s.Task!.Number).ToList() })
            .ToListAsync());
        string[] Numbers(TaskAddressee addressee) => tasks.Where(t => t.Addressee == addressee).Select(t => t.Number).ToArray();

        Assert.All(agencies, agency =>
        {
            var expected = agency.Kind switch
            {
                AgencyKind.PartyCommittee => Numbers(TaskAddressee.PartyCommittees),
                AgencyKind.PeoplesCommittee or AgencyKind.Department => Numbers(TaskAddressee.StateAgencies),
                AgencyKind.FatherlandFront or AgencyKind.SocioPoliticalOrganization => Numbers(TaskAddressee.FrontAndSocioPoliticalOrganizations),
                AgencyKind.PartyAffairsCommittee => Numbers(TaskAddressee.PartyAffairsCommittee),
                _ => [],
            };
            Assert.True(expected.All(agency.Numbers.Contains), $"{agency.Code} ({agency.Kind}) lacks {string.Join(", ", expected.Except(agency.Numbers))}");
        });
        Assert.Equal(["4.1", "4.2", "4.3"], agencies.Single(a => a.Code == "HN-BCSD").Numbers.Order().ToArray());
        Assert.Equal(7, Numbers(TaskAddressee.PartyCommittees).Length);
        Assert.Equal(6, Numbers(TaskAddressee.StateAgencies).Length);
        Assert.Equal(3, Numbers(TaskAddressee.FrontAndSocioPoliticalOrganizations).Length);
    }

    [Fact]
    public async Task Five_quarters_up_to_the_current_one_are_seeded_and_reports_exist_in_every_state()
    {
        var periods = await factory.QueryAsync(db => db.Periods.AsNoTracking().ToListAsync());
        var statuses = await factory.QueryAsync(db => db.Reports.Select(r => r.Status).Distinct().ToListAsync());

        Assert.Equal(
            ["2025/4", "2026/1", "2026/2", "2026/3", "2026/4"],
            periods.Where(p => p.Kind == PeriodKind.Quarter).Select(p => $"{p.Year}/{p.Number}").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(5, periods.Count);
        Assert.Equal(Enum.GetValues<ReportStatus>().Order(), statuses.Order());
    }
}
