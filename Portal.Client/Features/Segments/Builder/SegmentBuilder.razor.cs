using Lodestar.Portal.Client.Features.Segments.Rules;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>
/// Edits <see cref="Rule"/> in place. Every edit re-checks the whole rule with the Domain's rules (messages under the
/// fields), and a valid rule is counted after <see cref="PreviewDelay"/>. A refused save's errors
/// (<see cref="ServerErrors"/>) are shown until the next edit, which may have moved the conditions they point at.
/// </summary>
public sealed partial class SegmentBuilder
{
    private BuilderContext _context = default!;
    private RuleGroupDto? _checkedRule;
    private IReadOnlyDictionary<string, string[]>? _serverErrors;
    private bool _showServerErrors;
    private bool _valid;
    private int _revision;

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Parameter, EditorRequired]
    public RuleGroupDto Rule { get; set; } = default!;

    [Parameter]
    public SegmentSchemaDto? Schema { get; set; }

    /// <summary>The errors of a refused save, by JSON path; only the rule's (<c>rule…</c>) are shown here.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string[]>? ServerErrors { get; set; }

    /// <summary>The segment being edited (it is not offered as a membership condition of itself).</summary>
    [Parameter]
    public long? SegmentId { get; set; }

    /// <summary>How long the person must pause before the audience is counted.</summary>
    [Parameter]
    public TimeSpan PreviewDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    [Parameter]
    public EventCallback Changed { get; set; }

    /// <summary>Whether the rule passes the client-side check (the server would accept it).</summary>
    public bool IsValid => _valid;

    protected override void OnInitialized() => _context = new BuilderContext(Api, EditedAsync);

    protected override void OnParametersSet()
    {
        _context.Schema = Schema ?? BuilderContext.Empty;
        _context.SegmentId = SegmentId;
        var check = false;
        if (!ReferenceEquals(ServerErrors, _serverErrors))
        {
            (_serverErrors, _showServerErrors, check) = (ServerErrors, ServerErrors is { Count: > 0 }, true);
        }

        if (!ReferenceEquals(Rule, _checkedRule))
        {
            // Another rule (a loaded segment): count it at once.
            (_checkedRule, check) = (Rule, true);
            _revision++;
        }

        if (check)
            Check();
    }

    private void Check()
    {
        var problems = RuleValidator.Check(Rule);
        _valid = problems.Count == 0;
        _context.Conditions = RuleValidator.CountConditions(Rule);
        var server = _showServerErrors && _serverErrors is not null ? RuleErrors.FromServer(_serverErrors) : RuleErrors.None;
        _context.Errors = server.IsEmpty ? RuleErrors.Of(problems) : server;
    }

    private async Task EditedAsync()
    {
        _showServerErrors = false;
        Check();
        _revision++;
        StateHasChanged();
        await Changed.InvokeAsync();
    }
}
