using DanVan.Domain.Directives;

namespace DanVan.Domain.Organization;

/// <summary>A task given to an agency, as lead or supporting, with an optional due date.</summary>
public sealed class Assignment
{
    private Assignment()
    {
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public DirectiveTask? Task { get; private set; }

    public int AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    public AssignmentRole Role { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public static Assignment Create(DirectiveTask task, Agency agency, AssignmentRole role, DateOnly? dueOn = null) =>
        new() { Task = task, TaskId = task.Id, Agency = agency, AgencyId = agency.Id, Role = role, DueOn = dueOn ?? task.DueOn };

    /// <summary>Gives one task to many agencies at once (e.g. "task 2.1 to every ward People's Committee").</summary>
    public static IReadOnlyList<Assignment> Bulk(DirectiveTask task, IEnumerable<Agency> agencies, AssignmentRole role, DateOnly? dueOn = null) =>
        agencies.Select(a => Create(task, a, role, dueOn)).ToList();

    public void Change(AssignmentRole role, DateOnly? dueOn)
    {
        Role = role;
        DueOn = dueOn;
    }
}
