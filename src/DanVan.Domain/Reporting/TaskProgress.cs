namespace DanVan.Domain.Reporting;

/// <summary>What the agency states about a task; overdue and late are derived, see <see cref="TaskStatusRule"/>.</summary>
public enum TaskProgress
{
    NotStarted,
    InProgress,
    Done,
}
