using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// A run reached its work budget (<see cref="Simulation.WorkBudget"/>) before the instant it was asked to reach. The
/// simulation stays consistent at <see cref="Elapsed"/>: raise the budget and run again to go on.
/// </summary>
public sealed class WorkBudgetExceededException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="WorkBudgetExceededException"/> class.</summary>
    /// <param name="budget">The budget that was reached.</param>
    /// <param name="elapsed">The virtual time the run reached.</param>
    /// <param name="target">The virtual time the run was asked to reach.</param>
    public WorkBudgetExceededException(long budget, TimeSpan elapsed, TimeSpan target)
        : base("the run stopped at +" + GoDuration.Format(elapsed) + " of +" + GoDuration.Format(target) + ": it processed " +
            budget.ToString(System.Globalization.CultureInfo.InvariantCulture) + " pieces of work, its work budget; raise spec.workBudget to go further")
    {
        Budget = budget;
        Elapsed = elapsed;
        Target = target;
    }

    /// <summary>Initializes a new instance of the <see cref="WorkBudgetExceededException"/> class.</summary>
    public WorkBudgetExceededException()
        : this("the run reached its work budget")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkBudgetExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WorkBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkBudgetExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WorkBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the budget that was reached.</summary>
    public long Budget { get; }

    /// <summary>Gets the virtual time the run reached.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets the virtual time the run was asked to reach.</summary>
    public TimeSpan Target { get; }
}
