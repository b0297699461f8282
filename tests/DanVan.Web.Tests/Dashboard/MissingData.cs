using DanVan.Data.Seeding;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>Places with nothing reported yet, for the tests of how missing figures are shown.</summary>
public static class MissingData
{
    /// <summary>The seeded indicator of task 2.3, which the tests report as 0.</summary>
    public const string Dialogues = "Số hội nghị đối thoại, tiếp công dân của người đứng đầu";

    /// <summary>The seeded indicator of task 2.5, which the tests leave without a value.</summary>
    public const string DirectDialogues = "Số cuộc đối thoại trực tiếp với Nhân dân";

    /// <summary>The agency code of the ward that <see cref="AddWardAsync"/> creates.</summary>
    public static string AgencyCode(string wardCode) => $"{wardCode}-UBND";

    /// <summary>
    /// Adds a ward under the district with one People's Committee and no report in any period. When
    /// <paramref name="assigned"/> the committee has the tasks addressed to state agencies (2.1–2.6, with the indicators
    /// of 2.3 and 2.5) and is expected to report; otherwise it has no task and no agency of the ward is expected.
    /// </summary>
    public static Task<int> AddWardAsync(this DanVanFactory factory, string districtCode, string wardCode, bool assigned) => factory.QueryAsync(async db =>
    {
        var district = await db.Units.SingleAsync(u => u.Code == districtCode);
        var ward = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, wardCode, $"Phường Chưa Báo Cáo {wardCode}", HierarchySeed.ValidFrom);
        var agency = Agency.Create(AgencyCode(wardCode), $"UBND phường chưa báo cáo {wardCode}", AgencyKind.PeoplesCommittee, ward, HierarchySeed.ValidFrom, "Người Đứng Đầu Thử");
        db.Units.Add(ward);
        db.Agencies.Add(agency);
        if (assigned)
        {
            var tasks = await db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Addressee == TaskAddressee.StateAgencies).ToListAsync();
            db.Assignments.AddRange(tasks.Select(t => Assignment.Create(t, agency, AssignmentRole.Lead)));
        }

        await db.SaveChangesAsync();
        return ward.Id;
    });

    public static Task<int> IndicatorIdAsync(this DanVanFactory factory, string name) =>
        factory.QueryAsync(db => db.Indicators.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());
}
