using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Icons;

/// <summary>The icon that goes with each task status wherever a status is coloured, so that colour never carries it alone.</summary>
public static class StatusIcons
{
    /// <summary>The icon of a line or unit with nothing reported yet.</summary>
    public const string None = "dash-circle";

    /// <summary>The icon of a line whose results repeat the previous period's.</summary>
    public const string Unchanged = "arrow-repeat";

    public static string For(TaskStatus? status) => status switch
    {
        TaskStatus.DoneOnTime => "check-circle-fill",
        TaskStatus.DoneLate => "check2-circle",
        TaskStatus.InProgress => "circle-half",
        TaskStatus.NotStarted => "circle",
        TaskStatus.Overdue => "x-circle-fill",
        _ => None,
    };
}
