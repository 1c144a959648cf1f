namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The hops of a trace, in the order a chain is told: who recruited, what was promised, where, to whom, and what became of it.
/// </summary>
internal enum TraceHop
{
    Recruiter,
    Offer,
    AdChannel,
    Fighter,
    Unit,
    Location,
    Outcome,
}
