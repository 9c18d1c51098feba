using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>What the editor of each kind of condition shares: the condition, its JSON path, its messages and reporting an edit.</summary>
public abstract class ConditionEditor<TCondition> : ComponentBase where TCondition : class
{
    [CascadingParameter]
    protected BuilderContext Context { get; set; } = default!;

    [Parameter, EditorRequired]
    public TCondition Condition { get; set; } = default!;

    /// <summary>The condition's JSON path (<c>rule.children[1]</c>); its fields' messages are under it.</summary>
    [Parameter, EditorRequired]
    public string Path { get; set; } = "";

    protected string? Problem(string field) => Context.Errors.For(Path + field);

    /// <summary>Applies an edit to the condition and lets the builder re-check the rule.</summary>
    protected Task SetAsync(Action change)
    {
        change();
        return Context.ChangedAsync();
    }

    protected Task<IEnumerable<string>> EventNames() => Task.FromResult<IEnumerable<string>>(Context.Schema.Events);
}
