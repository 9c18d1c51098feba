namespace Lodestar.Domain.Destinations;

public enum LedgerAction
{
    /// <summary>audience_entered: add or update the member.</summary>
    Add = 1,

    /// <summary>audience_exited: remove (or archive) the member.</summary>
    Remove = 2,
}
