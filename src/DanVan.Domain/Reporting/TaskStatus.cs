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
    public static TaskStatus Derive(TaskProgress progress, DateOnly? dueOn, DateOnly? completedOn, DateOnly today) => progress switch
    {
        TaskProgress.Done when dueOn is null || (completedOn ?? today) <= dueOn => TaskStatus.DoneOnTime,
        TaskProgress.Done => TaskStatus.DoneLate,
        _ when dueOn is not null && today > dueOn => TaskStatus.Overdue,
        TaskProgress.InProgress => TaskStatus.InProgress,
        _ => TaskStatus.NotStarted,
    };
}
