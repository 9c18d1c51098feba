namespace Lodestar.Domain.Economics.Attribution;

/// <summary>Which touch before the first purchase names a customer's acquisition channel.</summary>
public enum AttributionModel
{
    FirstTouch = 0,
    LastTouch = 1,
}
