using System.Text.Json;

namespace DanVan.Domain.Reporting;

/// <summary>What a report said when it was submitted; every submission is kept.</summary>
public sealed class ReportVersion
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ReportVersion()
    {
        SubmittedByUserId = string.Empty;
        SubmittedByName = string.Empty;
        Content = string.Empty;
    }

    internal ReportVersion(int number, Actor actor, DateTime submittedAtUtc, ReportSnapshot snapshot)
        : this()
    {
        Number = number;
        SubmittedByUserId = actor.UserId;
        SubmittedByName = actor.Name;
        SubmittedAtUtc = submittedAtUtc;
        Content = JsonSerializer.Serialize(snapshot, Json);
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public int Number { get; private set; }

    public string SubmittedByUserId { get; private set; }

    public string SubmittedByName { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>The <see cref="ReportSnapshot"/> as JSON.</summary>
    public string Content { get; private set; }

    public ReportSnapshot Snapshot => Parse(Content);

    /// <summary>Reads a version's <see cref="Content"/> (queries that project only the content use this).</summary>
    public static ReportSnapshot Parse(string content) =>
        JsonSerializer.Deserialize<ReportSnapshot>(content, Json) ?? throw new InvalidOperationException("Empty report version.");
}
