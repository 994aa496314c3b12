-- AlterEnum
ALTER TYPE "LedgerAccountKind" ADD VALUE 'EXTERNAL';
