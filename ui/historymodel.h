#pragma once

#include "dbus/helpertypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace Rampart {

// The audit history, newest first, loaded a page at a time: the view's scrolling asks for
// older rows (canFetchMore, fetchMore), the model asks for them (olderRowsWanted) and the
// owner hands them in (appendOlder); newer rows are put on top (mergeNewest) without
// loading the rest again, and rows already shown take what changed (an undo).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, From, What, Entries, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const HistoryEntry &entry(int row) const { return m_rows.at(row); }
    // The row's place, or -1 when it is not loaded.
    int rowOf(qint64 id) const;
    qint64 newestId() const { return m_rows.isEmpty() ? 0 : m_rows.first().id; }
    bool isLoaded() const { return m_loaded; }
    // The user name of a uid, looked up once.
    QString userName(quint32 uid) const;

    // The newest rows, newest first, reaching back to rows already here (or to the start,
    // with complete): the new ones go on top, the others replace their older copies. The
    // first call loads the model; complete then says there is nothing older.
    void mergeNewest(const QList<HistoryEntry> &rows, bool complete);
    // The page olderRowsWanted asked for, newest first; complete when nothing is older.
    void appendOlder(const QList<HistoryEntry> &rows, bool complete);
    // The page could not be had: the view may ask again.
    void olderRowsFailed();
    // Row id was undone by row undoId.
    void markUndone(qint64 id, qint64 undoId);

Q_SIGNALS:
    // Rows with an id below beforeId are wanted.
    void olderRowsWanted(qint64 beforeId);

private:
    void replace(int row, const HistoryEntry &entry);

    QList<HistoryEntry> m_rows; // newest first
    bool m_loaded = false;
    bool m_complete = false;
    bool m_fetching = false;
    mutable QHash<quint32, QString> m_userNames;
};

} // namespace Rampart
