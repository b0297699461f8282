namespace DanVan.Domain.Directives;

/// <summary>A measurable figure reported per period for a task (e.g. dialogues held with citizens).</summary>
public sealed class Indicator
{
    public const int NameLength = 300;
    public const int UnitLength = 50;

    private Indicator()
    {
        Name = string.Empty;
        Unit = string.Empty;
    }

    internal Indicator(DirectiveTask task, string name, string unit, bool higherIsBetter, bool isExample)
        : this()
    {
        Task = task;
        Update(name, unit, higherIsBetter);
        IsExample = isExample;
    }

    public int Id { get; private set; }

    public int TaskId { get; private set; }

    public DirectiveTask? Task { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public bool HigherIsBetter { get; private set; }

    /// <summary>Seeded as an example: the directive does not set it, an administrator may change it.</summary>
    public bool IsExample { get; private set; }

    public void Update(string name, string unit, bool higherIsBetter)
    {
        Name = Guard.Text(name, NameLength, "indicator.name");
        Unit = Guard.Text(unit, UnitLength, "indicator.unit");
        HigherIsBetter = higherIsBetter;
    }
}
