using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;

namespace DanVan.Bench.HanoiScale;

/// <summary>What a generator needs of a built tree: its agencies, their assignments, and the agency of the lower-level account.</summary>
internal interface IGeneratedTree
{
    IReadOnlyCollection<Agency> Agencies { get; }

    IReadOnlyList<Assignment> Assignments { get; }

    string LowerAgencyCode { get; }
}

/// <summary>
/// The agencies of a generated tree by code, each created with the seeder's assignments (<see cref="Bodies.RoleFor"/>) to
/// Directive 07-CT/TU as the seeder writes it (<see cref="Directive(DanVanDbContext)"/>).
/// </summary>
internal sealed class AgencyBook(Directive directive)
{
    private readonly Dictionary<string, Agency> _agencies = new(StringComparer.Ordinal);
    private readonly List<Assignment> _assignments = [];

    public IReadOnlyCollection<Agency> Agencies => _agencies.Values;

    public IReadOnlyList<Assignment> Assignments => _assignments;

    /// <summary>The directive with its tasks and example indicators, added to <paramref name="db"/>.</summary>
    public static Directive Directive(DanVanDbContext db)
    {
        var directive = Domain.Directives.Directive.Create(DirectiveSeed.DirectiveCode, DirectiveSeed.Title, DirectiveSeed.IssuingBody, DirectiveSeed.IssuedOn, DirectiveSeed.Summary, DirectiveSeed.FullText);
        foreach (var task in DirectiveSeed.Tasks)
        {
            directive.AddTask(task.Number, task.Title, task.Wording, task.Addressee, task.DueOn);
        }

        foreach (var indicator in DirectiveSeed.Indicators)
        {
            directive.Tasks.Single(t => t.Number == indicator.TaskNumber).AddIndicator(indicator.Name, indicator.Unit, indicator.HigherIsBetter, isExample: true);
        }

        db.Directives.Add(directive);
        return directive;
    }

    /// <summary>The demo hierarchy's agencies of <paramref name="units"/> (by unit code), with the codes and names the seeder expects.</summary>
    public void AddSeeded(IReadOnlyDictionary<string, AdministrativeUnit> units, DateOnly validFrom)
    {
        foreach (var seeded in HierarchySeed.Agencies)
        {
            Add(units[seeded.UnitCode], new BodyPlan(seeded.Code[(seeded.UnitCode.Length + 1)..], seeded.Name, seeded.Kind), validFrom, since2025: false);
        }
    }

    /// <summary>Adds the bodies the unit does not have yet.</summary>
    public void AddAll(AdministrativeUnit unit, IEnumerable<BodyPlan> bodies, DateOnly validFrom, bool since2025)
    {
        foreach (var body in bodies.Where(b => !_agencies.ContainsKey($"{unit.Code}-{b.Suffix}")))
        {
            Add(unit, body, validFrom, since2025);
        }
    }

    private void Add(AdministrativeUnit unit, BodyPlan body, DateOnly validFrom, bool since2025)
    {
        var code = $"{unit.Code}-{body.Suffix}";
        var agency = _agencies[code] = Agency.Create(code, body.Name, body.Kind, unit, validFrom, HierarchySeed.HeadNameFor(code));
        foreach (var task in directive.Tasks)
        {
            if (Bodies.RoleFor(task, body.Kind) is { } role)
            {
                _assignments.Add(Assignment.Create(task, agency, role, Bodies.DueOn(task, since2025), since2025 ? validFrom : default));
            }
        }
    }
}
