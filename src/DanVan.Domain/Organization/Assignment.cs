using System.Linq.Expressions;
using DanVan.Domain.Directives;

namespace DanVan.Domain.Organization;

/// <summary>
/// A task given to an agency, as lead or supporting, with an optional due date, in force from <see cref="StartsOn"/>
/// until it is ended. A period expects a line for it when it is in force at the period's data cut-off.
/// </summary>
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

    /// <summary>The first day the assignment is in force; <see cref="DateOnly.MinValue"/> for one given from the start.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The day from which the assignment is no longer in force, when it has been ended.</summary>
    public DateOnly? EndedOn { get; private set; }

    public static Assignment Create(DirectiveTask task, Agency agency, AssignmentRole role, DateOnly? dueOn = null, DateOnly startsOn = default) =>
        new() { Task = task, TaskId = task.Id, Agency = agency, AgencyId = agency.Id, Role = role, DueOn = dueOn ?? task.DueOn, StartsOn = startsOn };

    /// <summary>Gives one task to many agencies at once (e.g. "task 2.1 to every ward People's Committee").</summary>
    public static IReadOnlyList<Assignment> Bulk(DirectiveTask task, IEnumerable<Agency> agencies, AssignmentRole role, DateOnly? dueOn = null, DateOnly startsOn = default) =>
        agencies.Select(a => Create(task, a, role, dueOn, startsOn)).ToList();

    /// <summary>
    /// The assignments an agency still carries on <paramref name="day"/>: in force then or from a later start, not ended by
    /// then and not withdrawn before they started (ended on their start day). For lists of current tasks.
    /// </summary>
    public static Expression<Func<Assignment, bool>> StillGivenOn(DateOnly day) =>
        a => a.EndedOn == null || (a.EndedOn > day && a.EndedOn > a.StartsOn);

    /// <summary>Whether the assignment is in force on <paramref name="day"/> (for a period: its data cut-off).</summary>
    public bool IsInForceOn(DateOnly day) => StartsOn <= day && (EndedOn is null || day < EndedOn);

    /// <summary>
    /// Ends the assignment from <paramref name="on"/>: later periods no longer expect it, earlier ones keep it. Ending it on
    /// its start day withdraws it before it was ever in force.
    /// </summary>
    public void End(DateOnly on)
    {
        if (EndedOn is not null)
        {
            throw new DomainException("assignment.alreadyEnded");
        }

        if (on < StartsOn)
        {
            throw new DomainException("assignment.endBeforeStart");
        }

        EndedOn = on;
    }

    public void Change(AssignmentRole role, DateOnly? dueOn)
    {
        Role = role;
        DueOn = dueOn;
    }
}
