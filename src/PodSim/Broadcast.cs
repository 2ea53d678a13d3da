namespace PodSim;

/// <summary>A minimal synchronous <see cref="IObservable{T}"/>: every subscriber sees every item as it is published.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class Broadcast<T> : IObservable<T>
{
    private readonly List<IObserver<T>> _observers = [];

    public bool HasObservers => _observers.Count > 0;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Add(observer);
        return new Subscription(this, observer);
    }

    public void Publish(T item)
    {
        // Copy so that a subscriber may unsubscribe while being notified.
        foreach (var observer in _observers.ToArray())
        {
            observer.OnNext(item);
        }
    }

    public void Complete()
    {
        foreach (var observer in _observers.ToArray())
        {
            observer.OnCompleted();
        }
    }

    private sealed class Subscription(Broadcast<T> owner, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => owner._observers.Remove(observer);
    }
}
