namespace DanVan.Domain.Notifications;

/// <summary>How a user wants one kind of notice, besides the bell, which always has it.</summary>
public enum NoticeMode
{
    /// <summary>An e-mail as soon as the notice is created (the default).</summary>
    EmailNow,

    /// <summary>One e-mail a day, at the user's digest hour, with every notice of the day.</summary>
    Digest,

    /// <summary>The bell only; refused for essential kinds (<see cref="NoticeRules.IsEssential"/>).</summary>
    InAppOnly,
}

/// <summary>The e-mail channel a delivery goes by.</summary>
public enum NoticeChannel
{
    Email,
    Digest,
}
