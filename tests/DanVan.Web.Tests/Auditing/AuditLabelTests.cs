using DanVan.Web.Auditing;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Auditing;

/// <summary>The actions and record types the viewer offers have Vietnamese labels (their keys are built, so the resource scan cannot see them).</summary>
public sealed class AuditLabelTests
{
    [Fact]
    public void Every_known_action_and_record_type_has_a_Vietnamese_label()
    {
        var keys = AuditLabels.Actions.Select(a => $"AuditAction.{a}").Concat(AuditLabels.EntityTypes.Select(t => $"AuditEntity.{t}"));
        Assert.All(keys, k => Assert.True(RepositoryFiles.Vietnamese.ContainsKey(k), $"No Vietnamese label for {k}"));
    }
}
