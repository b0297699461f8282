using System.Net;
using System.Text;
using DanVan.Data.Seeding;
using DanVan.Domain.Directives;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>Directive 07-CT/TU, its hierarchy of addressees, assignments and periods, as seeded into a fresh database.</summary>
public sealed class DirectiveSeedTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    private static readonly (string Number, TaskAddressee Addressee)[] ExpectedTasks =
    [
        ("1.1", TaskAddressee.PartyCommittees), ("1.2", TaskAddressee.PartyCommittees), ("1.3", TaskAddressee.PartyCommittees),
        ("1.4", TaskAddressee.PartyCommittees), ("1.5", TaskAddressee.PartyCommittees), ("1.6", TaskAddressee.PartyCommittees),
        ("1.7", TaskAddressee.PartyCommittees),
        ("2.1", TaskAddressee.StateAgencies), ("2.2", TaskAddressee.StateAgencies), ("2.3", TaskAddressee.StateAgencies),
        ("2.4", TaskAddressee.StateAgencies), ("2.5", TaskAddressee.StateAgencies), ("2.6", TaskAddressee.StateAgencies),
        ("3.1", TaskAddressee.FrontAndSocioPoliticalOrganizations), ("3.2", TaskAddressee.FrontAndSocioPoliticalOrganizations),
        ("3.3", TaskAddressee.FrontAndSocioPoliticalOrganizations),
        ("4.1", TaskAddressee.PartyAffairsCommittee), ("4.2", TaskAddressee.PartyAffairsCommittee), ("4.3", TaskAddressee.PartyAffairsCommittee),
    ];

    [Fact]
    public async Task Directive_07_has_its_nineteen_tasks_with_addressees_and_normalised_wording()
    {
        var directive = await factory.QueryAsync(db => db.Directives.AsNoTracking().Include(d => d.Tasks).ThenInclude(t => t.Indicators)
            .SingleAsync(d => d.Code == "07-CT/TU"));

        Assert.Equal(new DateOnly(2021, 10, 1), directive.IssuedOn);
        Assert.Equal(ExpectedTasks, directive.Tasks.OrderBy(t => t.SortOrder).Select(t => (t.Number, t.Addressee)).ToArray());
        var texts = new[] { directive.Title, directive.IssuingBody, directive.FullText, directive.Summary ?? string.Empty }
            .Concat(directive.Tasks.SelectMany(t => new[] { t.Title, t.Wording }))
            .Concat(directive.Tasks.SelectMany(t => t.Indicators).SelectMany(i => new[] { i.Name, i.Unit }));
        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"Not NFC: {text}");
        });
    }

    [Fact]
    public async Task Directive_details_page_lists_every_task_number()
    {
        var id = await factory.QueryAsync(db => db.Directives.Where(d => d.Code == "07-CT/TU").Select(d => d.Id).SingleAsync());
        using var client = await SignIn.AsAsync(factory, DemoAccounts.CityViewer);

        var page = await HtmlPage.GetAsync(client, $"/Directives/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(ExpectedTasks.Select(t => t.Number), page.Document.QuerySelectorAll("tr[data-task]").Select(r => r.GetAttribute("data-task")));
        Assert.Contains("01/10/2021", page.Text, StringComparison.Ordinal);
    }
}
