namespace Lodestar.Domain.Destinations;

public enum DestinationRunTrigger
{
    Schedule = 1,
    Manual = 2,
    Replay = 3,
}
