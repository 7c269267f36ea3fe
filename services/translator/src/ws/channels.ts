/**
 * Counter channels: a staff console publishes to a named channel and every counter screen subscribed to it
 * receives the message. In-process for one instance; PostgreSQL LISTEN/NOTIFY carries them between instances
 * once the service runs scaled out (DESIGN §1).
 */
export interface ChannelSubscriber {
  deliver(channel: string, message: string): void;
}

export class ChannelHub {
  private readonly channels = new Map<string, Set<ChannelSubscriber>>();

  subscribe(channel: string, subscriber: ChannelSubscriber): void {
    const set = this.channels.get(channel) ?? new Set();
    set.add(subscriber);
    this.channels.set(channel, set);
  }

  unsubscribe(channel: string, subscriber: ChannelSubscriber): void {
    const set = this.channels.get(channel);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.channels.delete(channel);
  }

  unsubscribeAll(subscriber: ChannelSubscriber): void {
    for (const channel of [...this.channels.keys()]) this.unsubscribe(channel, subscriber);
  }

  /** Returns how many subscribers received the message. */
  publish(channel: string, message: string): number {
    const set = this.channels.get(channel);
    if (!set) return 0;
    for (const subscriber of set) subscriber.deliver(channel, message);
    return set.size;
  }
}
