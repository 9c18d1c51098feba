namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>One class's limit while an admin edits it.</summary>
public sealed class RetentionLimitDraft(RetentionClassDto saved)
{
    public RetentionClassDto Class { get; } = saved;

    public bool Forever { get; set; } = saved.Days is null;

    /// <summary>The days shown while "keep forever" is on, so switching it off offers a year rather than nothing.</summary>
    public int Days { get; set; } = saved.Days ?? 365;

    public RetentionLimitDto ToDto() => new(Class.Class, Forever ? null : Days);

    public bool Changed => (Forever ? null : (int?)Days) != Class.Days;
}
