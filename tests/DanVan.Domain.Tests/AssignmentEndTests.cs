using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

/// <summary>Ending an assignment: from a day on, never twice, never before it starts; ending it on its start day withdraws it before it was ever in force.</summary>
public class AssignmentEndTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    [Fact]
    public void An_assignment_ended_on_a_day_is_in_force_until_the_day_before()
    {
        var assignment = Create(DateOnly.MinValue);

        assignment.End(new DateOnly(2026, 11, 26));

        Assert.Equal(new DateOnly(2026, 11, 26), assignment.EndedOn);
        Assert.True(assignment.IsInForceOn(new DateOnly(2026, 11, 25)));
        Assert.False(assignment.IsInForceOn(new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void An_assignment_ended_on_its_start_day_is_never_in_force()
    {
        var assignment = Create(Start);

        assignment.End(Start);

        Assert.Equal(Start, assignment.EndedOn);
        Assert.All(new[] { Start.AddDays(-1), Start, Start.AddDays(1), Start.AddYears(5) }, day => Assert.False(assignment.IsInForceOn(day)));
    }

    [Fact]
    public void An_assignment_cannot_end_before_it_starts()
    {
        var assignment = Create(Start);

        var error = Assert.Throws<DomainException>(() => assignment.End(Start.AddDays(-1)));

        Assert.Equal("assignment.endBeforeStart", error.Code);
        Assert.Null(assignment.EndedOn);
    }

    [Fact]
    public void An_assignment_ends_once()
    {
        var assignment = Create(DateOnly.MinValue);
        assignment.End(new DateOnly(2026, 11, 26));

        var error = Assert.Throws<DomainException>(() => assignment.End(new DateOnly(2026, 12, 26)));

        Assert.Equal("assignment.alreadyEnded", error.Code);
        Assert.Equal(new DateOnly(2026, 11, 26), assignment.EndedOn);
    }

    [Fact]
    public void An_agency_still_carries_an_assignment_until_it_ends_and_never_one_withdrawn_before_it_started()
    {
        var today = new DateOnly(2026, 11, 26);
        var stillGiven = Assignment.StillGivenOn(today).Compile();
        var current = Create(DateOnly.MinValue);
        var endsLater = Create(DateOnly.MinValue);
        endsLater.End(today.AddDays(1));
        var endedToday = Create(DateOnly.MinValue);
        endedToday.End(today);
        var startsLater = Create(Start);
        var withdrawn = Create(Start);
        withdrawn.End(Start);

        Assert.Equal(
            [true, true, false, true, false],
            new[] { current, endsLater, endedToday, startsLater, withdrawn }.Select(stillGiven));
    }

    private static Assignment Create(DateOnly startsOn)
    {
        var task = Build.Directive().AddTask("1", "Nhiệm vụ 1", "Nội dung nhiệm vụ 1", Directives.TaskAddressee.StateAgencies, null);
        return Assignment.Create(task, Build.Agency(), AssignmentRole.Lead, startsOn: startsOn);
    }
}
