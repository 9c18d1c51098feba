using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>
/// Counts the rule on the server once the person pauses (<see cref="Delay"/> after the last edit); an edit cancels the
/// wait or the count under way, so a slow count never overwrites a newer one. The last count stays, greyed, while the
/// next is computed.
/// </summary>
public sealed partial class AudiencePreview : IDisposable
{
    private int _shownRevision = -1;
    private CancellationTokenSource? _pending;
    private SegmentPreviewDto? _preview;
    private bool _computing;
    private string? _error;

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Parameter, EditorRequired]
    public RuleGroupDto Rule { get; set; } = default!;

    /// <summary>Changes with every edit of the rule.</summary>
    [Parameter]
    public int Revision { get; set; }

    /// <summary>Whether the rule passes the check: an invalid rule is not sent.</summary>
    [Parameter]
    public bool Ready { get; set; }

    [Parameter]
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(400);

    protected override void OnParametersSet()
    {
        // Prerendering counts nothing: the interactive render that follows would count the same rule again.
        if (Revision == _shownRevision || !RendererInfo.IsInteractive)
            return;
        _shownRevision = Revision;
        Cancel();
        _computing = Ready;
        if (!Ready)
            return;
        _pending = new CancellationTokenSource();
        _ = CountAsync(_pending.Token);
    }

    public void Dispose() => Cancel();

    private void Cancel()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        SegmentPreviewDto? preview = null;
        string? error = null;
        try
        {
            await Task.Delay(Delay, cancellationToken);
            // A copy: the person may edit the rule while it is being counted.
            RuleGroupDto? rule = null;
            await InvokeAsync(() => rule = RuleJson.Parse(RuleJson.Serialize(Rule)));
            preview = await Api.PreviewAsync(rule!, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (ApiException ex)
        {
            error = ex.Message;
        }

        await InvokeAsync(() =>
        {
            // An edit after the answer was on its way: the newer count will come.
            if (cancellationToken.IsCancellationRequested)
                return;
            (_preview, _error, _computing) = (preview ?? _preview, error, false);
            StateHasChanged();
        });
    }
}
