using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DanVan.Web.Authorization;

/// <summary>The operations that resource-based handlers decide on.</summary>
public static class Operations
{
    /// <summary>See the record (within the user's scope).</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Save a draft of one's own agency's report (head or staff).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Submit one's own agency's report (head only).</summary>
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };

    /// <summary>Accept or return a report (a reviewer one level up).</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };

    /// <summary>Reopen an accepted report (administrator, with a reason).</summary>
    public static readonly OperationAuthorizationRequirement Reopen = new() { Name = nameof(Reopen) };
}
