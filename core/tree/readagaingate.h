#pragma once

/// The convergence rule for one node's read: a change seen while a read of the node is in flight
/// must not be dropped, because that read may have been served before the change (the server
/// can send a watch event ahead of the reply to a read it processed earlier). The change marks
/// the read to be sent again when the reply arrives, so the last reply applied is never older
/// than the last change seen, and at most one read per node is in flight (a storm of events
/// costs one read per round trip, not one per event).
///
///     if (gate.requestRead()) send();           // on a change (or the first read)
///     ...reply arrives: apply it, then
///     if (gate.replyArrived()) send();          // changed meanwhile: read again
class ReadAgainGate final
{
public:
    /// A read is wanted. True: send it now. False: one is in flight; it will be re-sent.
    bool requestRead()
    {
        if (m_inFlight) {
            m_again = true;
            return false;
        }
        m_inFlight = true;
        return true;
    }
    /// The reply of the read in flight arrived. True: send the read again now (it stays in
    /// flight); false: nothing more is owed.
    bool replyArrived()
    {
        if (m_again) {
            m_again = false;
            return true;
        }
        m_inFlight = false;
        return false;
    }
    /// The read in flight will never be answered (new session, reload): forget it.
    void reset() { m_inFlight = m_again = false; }
    bool inFlight() const { return m_inFlight; }
    bool readAgain() const { return m_again; }

private:
    bool m_inFlight = false;
    bool m_again = false;
};
