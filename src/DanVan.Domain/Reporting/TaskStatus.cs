namespace DanVan.Domain.Reporting;

public enum TaskStatus
{
    NotStarted,
    InProgress,
    DoneOnTime,
    DoneLate,
    Overdue,
}

/// <summary>The status of a task on a report line, from what the agency stated and the dates.</summary>
public static class TaskStatusRule
{
    public static TaskStatus Derive(TaskProgress progress, DateOnly? dueOn, DateOnly? completedOn, DateOnly today) =>
        DeriveFromCompletion(progress, dueOn, CompletedInTime(dueOn, completedOn), today);

    /// <summary>
    /// Whether a completion date is on or before the due date (every completion is in time without one); null without a
    /// completion date. The read model keeps this instead of the date, so that lines are counted in few groups.
    /// </summary>
    public static bool? CompletedInTime(DateOnly? dueOn, DateOnly? completedOn) =>
        completedOn is null ? null : dueOn is null || completedOn <= dueOn;

    /// <summary>The rule from <see cref="CompletedInTime"/>'s answer: a done task without a completion date is in time until its due date passes.</summary>
    public static TaskStatus DeriveFromCompletion(TaskProgress progress, DateOnly? dueOn, bool? completedInTime, DateOnly today) => progress switch
    {
        TaskProgress.Done when completedInTime ?? (dueOn is null || today <= dueOn) => TaskStatus.DoneOnTime,
        TaskProgress.Done => TaskStatus.DoneLate,
        _ when dueOn is not null && today > dueOn => TaskStatus.Overdue,
        TaskProgress.InProgress => TaskStatus.InProgress,
        _ => TaskStatus.NotStarted,
    };
}
