namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// Tests that read what the portal logged. Serilog's request logging writes through the static <c>Log.Logger</c>, which
/// the most recently started portal in the process owns; running these classes alone, after the parallel ones, keeps
/// each portal's requests in its own log folder.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (reads logs)";
}
